package retain.grade;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void rejectsAScoreOutsideZeroToOne() {
    assertThatThrownBy(() -> new Verdict(false, 1.5, Verdict.Kind.PARTIAL, "x", "f"))
        .hasMessage("score must be within 0..1: 1.5");
    assertThatThrownBy(() -> new Verdict(false, Double.NaN, Verdict.Kind.WRONG, "x", "f"))
        .hasMessage("score must be within 0..1: NaN");
  }

  @Test
  void rejectsACorrectVerdictOfAWrongKind() {
    assertThatThrownBy(() -> new Verdict(true, 1, Verdict.Kind.WRONG, "x", "f"))
        .hasMessage("a verdict of kind WRONG cannot be correct=true");
  }

  @Test
  void rejectsAScoreThatDoesNotFitTheKind() {
    assertThatThrownBy(() -> new Verdict(false, 1, Verdict.Kind.PARTIAL, "x", "f"))
        .hasMessage("a verdict of kind PARTIAL cannot score 1.0");
    assertThatThrownBy(() -> new Verdict(true, 0.5, Verdict.Kind.EXACT, "x", "f"))
        .hasMessage("a verdict of kind EXACT cannot score 0.5");
  }

  @Test
  void rejectsFeedbackOfMoreThanOneLine() {
    assertThatThrownBy(() -> new Verdict(false, 0, Verdict.Kind.WRONG, "x", "one\ntwo"))
        .hasMessage("feedback must be one line: 'one\ntwo'");
  }
}
