package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.schedule.Rating;

class RatingProposalTest {

  @ParameterizedTest(name = "{0} ({1}), hint {3}: {4}")
  @CsvSource({
    "true, 1, EXACT, false, GOOD",
    "true, 1, ACCEPTED_ALTERNATIVE, false, GOOD",
    "true, 1, TYPO_TOLERATED, false, HARD",
    "true, 1, EXACT, true, HARD",
    "true, 1, TYPO_TOLERATED, true, HARD",
    "false, 0.5, PARTIAL, false, HARD",
    "false, 0.5, PARTIAL, true, HARD",
    "false, 0, WRONG, false, AGAIN",
    "false, 0, WRONG, true, AGAIN",
    "false, 0, BLANK, false, AGAIN",
  })
  void proposesARatingFromTheVerdictAndTheHint(
      boolean correct, double score, Verdict.Kind kind, boolean hint, Rating rating) {
    Verdict verdict = new Verdict(correct, score, kind, "x", "f");
    assertThat(RatingProposal.propose(verdict, hint)).isEqualTo(rating);
  }
}
