package retain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenTest {

  @Test
  void textThatFitsIsLeftAlone() {
    assertThat(Shorten.to("Minsk", 5)).isEqualTo("Minsk");
  }

  @Test
  void longerTextEndsInOneEllipsisWithinTheWidth() {
    assertThat(Shorten.to("Lukashenko", 5)).isEqualTo("Luka…");
  }

  @Test
  void countsCodePointsSoNoCharacterIsSplit() {
    assertThat(Shorten.to("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00…");
  }

  @Test
  void anAsciiScreenGetsItsOwnMark() {
    assertThat(Shorten.to("a-very-long-topic", 15, "~")).isEqualTo("a-very-long-to~");
  }

  @Test
  void atWordCutsAfterTheLastWholeWordUnlessThatLosesMoreThanHalf() {
    assertThat(Shorten.atWord("the union state of russia", 16)).isEqualTo("the union state…");
    assertThat(Shorten.atWord("a lukashenkovich", 10)).isEqualTo("a lukashe…");
  }
}
