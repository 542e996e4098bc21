package retain.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escapesBellAndC1AreShownNotSent() {
    assertThat(TerminalText.visible("Question \u001b[2J\u001b]0;pwned\u0007 \u009b"))
        .isEqualTo("Question \\u001b[2J\\u001b]0;pwned\\u0007 \\u009b");
  }

  @Test
  void tabsNewlinesAndOrdinaryTextStayAsTheyAre() {
    assertThat(TerminalText.visible("a\tb\nMinsk – Минск")).isEqualTo("a\tb\nMinsk – Минск");
  }
}
