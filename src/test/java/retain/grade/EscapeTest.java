package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

  @Test
  void escapesBellC1AndBidiControlsAreShownNotSent() {
    assertThat(Escape.block("Question \u001b[2J\u001b]0;pwned\u0007 \u009b \u202e"))
        .isEqualTo("Question \\u001b[2J\\u001b]0;pwned\\u0007 \\u009b \\u202e");
  }

  @Test
  void aBlockKeepsTabsAndNewlinesAndOrdinaryText() {
    assertThat(Escape.block("a\tb\nMinsk – Минск")).isEqualTo("a\tb\nMinsk – Минск");
  }

  @Test
  void aLineShowsItsBreaksSoNoTextForgesALineOfItsOwn() {
    assertThat(Escape.line("a\tb\nok 1\r")).isEqualTo("a\\tb\\nok 1\\r");
  }
}
