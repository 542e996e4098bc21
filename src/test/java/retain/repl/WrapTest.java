package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrapTest {

  @Test
  void measuresWideCharactersAsTwoColumnsAndAccentsAsNone() {
    assertThat(Wrap.columns("Minsk")).isEqualTo(5);
    assertThat(Wrap.columns("明斯克")).isEqualTo(6);
    assertThat(Wrap.columns("e\u0301")).isEqualTo(1);
    assertThat(Wrap.columns("🎓")).isEqualTo(2);
  }

  @Test
  void leavesALineThatFitsAsItIsSpacesIncluded() {
    assertThat(Wrap.lines("  dates            2/2 right", 40))
        .containsExactly("  dates            2/2 right");
  }

  @Test
  void breaksAtSpacesAndKeepsTheIndentation() {
    assertThat(Wrap.lines("  one two three four", 10))
        .containsExactly("  one two", "  three", "  four");
  }

  @Test
  void countsWideCharactersWhenBreaking() {
    assertThat(Wrap.lines("明斯克 明斯克 明斯克", 13)).containsExactly("明斯克 明斯克", "明斯克");
  }

  @Test
  void cutsAWordWiderThanTheLine() {
    assertThat(Wrap.lines("ab abcdefghij", 6)).containsExactly("ab", "abcdef", "ghij");
    assertThat(Wrap.lines("明斯克明斯克", 5)).containsExactly("明斯", "克明", "斯克");
  }
}
