package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenko            | lukashenko
          '  Union    State  '  | union state
          '"Minsk."'            | minsk
          '(a)'                 | a
          U.S.A.                | u.s.a
          Łódź                  | lodz
          Ærø                   | aero
          İstanbul              | istanbul
          ‘quoted’ — dash       | quoted' - dash
          ﬁve                   | five
          '...'                 | ''
          """)
  void foldsWhatShouldNotCount(String text, String normalized) {
    assertThat(TextNormalizer.normalize(text)).isEqualTo(normalized);
  }
}
