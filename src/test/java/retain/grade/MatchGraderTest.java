package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.Item;
import retain.deck.MatchCard;

class MatchGraderTest {

  private static final MatchCard CAPITALS =
      SampleCards.match("Minsk=Belarus|Moscow=Russia|Kyiv=Ukraine");

  @ParameterizedTest(name = "shown {0}, given ''{1}'': {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''    | 1a 2b 3c                 | true  | 1   | EXACT
          ''    | 3c 1a 2b                 | true  | 1   | EXACT
          ''    | 1-a, 2-b, 3-c            | true  | 1   | EXACT
          ''    | 1: a 2: b 3: c           | true  | 1   | EXACT
          ''    | 1A 2B 3C                 | true  | 1   | EXACT
          ''    | a b c                    | true  | 1   | EXACT
          ''    | abc                      | true  | 1   | EXACT
          ''    | Belarus, Russia, Ukraine | true  | 1   | EXACT
          ''    | Belarus, Rusia, Ukraine  | true  | 1   | TYPO_TOLERATED
          ''    | b a c                    | false | 1/3 | PARTIAL
          ''    | 1b 2a 3c                 | false | 1/3 | PARTIAL
          ''    | a b                      | false | 2/3 | PARTIAL
          ''    | 1a 2b                    | false | 2/3 | PARTIAL
          ''    | c a b                    | false | 0   | WRONG
          ''    | 1a 1b 2b 3c              | false | 3/4 | PARTIAL
          ''    | 1a 2b 3c 4d              | false | 3/4 | PARTIAL
          2,0,1 | 1b 2c 3a                 | true  | 1   | EXACT
          2,0,1 | b c a                    | true  | 1   | EXACT
          2,0,1 | a b c                    | false | 0   | WRONG
          """)
  void pairsScoreTheShareMatched(
      String shown, String response, boolean correct, String score, Verdict.Kind kind) {
    Verdict verdict =
        Grader.grade(new Item(CAPITALS, 0), Response.text(response), SampleCards.shown(shown));
    check(verdict, correct, score, kind);
  }

  @Test
  void answersFilesMapLeftToRight() {
    check(
        pairs(Map.of("Minsk", "Belarus", "Moscow", "Russia", "Kyiv", "Ukraine")),
        true,
        "1",
        Verdict.Kind.EXACT);
    check(pairs(Map.of("1", "a", "2", "b", "3", "c")), true, "1", Verdict.Kind.EXACT);
    check(
        pairs(Map.of("minsk", "belarus", "moscow", "russia", "kyiv", "ukraine")),
        true,
        "1",
        Verdict.Kind.EXACT);
    check(pairs(Map.of("Minsk", "Belarus")), false, "1/3", Verdict.Kind.PARTIAL);
    check(
        pairs(Map.of("Minsk", "Belarsu", "Moscow", "Russia", "Kyiv", "Ukraine")),
        true,
        "1",
        Verdict.Kind.TYPO_TOLERATED);
    check(
        pairs(Map.of("Minsk", "Russia", "Moscow", "Belarus", "Warsaw", "Ukraine")),
        false,
        "0",
        Verdict.Kind.WRONG);
  }

  @Test
  void answersFilesMayListTheRightSideInLeftOrder() {
    Verdict verdict =
        Grader.grade(
            new Item(CAPITALS, 0), new Response.Listed(List.of("Belarus", "Russia", "Ukraine")));
    check(verdict, true, "1", Verdict.Kind.EXACT);
  }

  @Test
  void feedbackSaysWhatGoesWithWhat() {
    assertThat(Grader.grade(new Item(CAPITALS, 0), Response.text("b a c")).feedback())
        .isEqualTo("1 of 3 matched; the answer is 1a 2b 3c");
  }

  private static Verdict pairs(Map<String, String> pairs) {
    return Grader.grade(new Item(CAPITALS, 0), new Response.Pairs(new LinkedHashMap<>(pairs)));
  }
}
