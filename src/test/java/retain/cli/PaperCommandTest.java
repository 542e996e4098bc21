package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperCommandTest {

  private static final Path SHIPPED = Path.of("decks/belarus-russia-2022.yaml");

  @TempDir Path data;

  private CliRunner.Result run(String... args) {
    return new CliRunner(data).run(args);
  }

  /** paper, template, filled from the printed letters, graded: full marks. */
  private CliRunner.Result roundTrip(List<String> examOptions, String... paperOptions)
      throws IOException {
    Path template = data.resolve("template.yaml");
    String[] args = new String[paperOptions.length + 4];
    args[0] = "paper";
    args[1] = SHIPPED.toString();
    args[2] = "--answers-template";
    args[3] = template.toString();
    System.arraycopy(paperOptions, 0, args, 4, paperOptions.length);
    var paper = run(args);
    assertThat(paper.exitCode()).as(paper.err()).isEqualTo(ExitCodes.OK);
    Map<Integer, String> answers = new PaperAnswers(SHIPPED).answer(paper.out());
    Path filled = data.resolve("answers.yaml");
    Files.writeString(filled, PaperAnswers.fill(Files.readString(template), answers));
    List<String> exam =
        new ArrayList<>(
            List.of("exam", SHIPPED.toString(), "--answers", filled.toString(), "--no-record"));
    exam.addAll(examOptions);
    return run(exam.toArray(String[]::new));
  }

  @Test
  void answersReadOffASeededPaperScoreFullMarks() throws IOException {
    var exam = roundTrip(List.of(), "--seed", "1234");

    assertThat(exam.err()).isEmpty();
    assertThat(exam.out())
        .contains("Paper: seed 1234\n")
        .endsWith("Score: 86 / 86 (100%), 86 of 86 answered\n");
  }

  @Test
  void answersReadOffAStudentsSampleScoreFullMarksGradedWithTheSameCount() throws IOException {
    var exam = roundTrip(List.of("--count", "20"), "--student", "Jane Doe", "--count", "20");

    assertThat(exam.err()).isEmpty();
    assertThat(exam.out())
        .contains("Student: Jane Doe\nPaper: student Jane Doe, seed 42\n")
        .endsWith("Score: 20 / 20 (100%), 20 of 20 answered\n");
  }

  @Test
  void numberedAnswersGradedAgainstAPaperOfAnotherLengthAreRefused() throws IOException {
    var exam = roundTrip(List.of(), "--student", "Jane Doe", "--count", "20");

    assertThat(exam.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(exam.err())
        .contains(
            "answers.yaml:6:12: error: these answers are for a paper of 20 questions, but the paper"
                + " graded has 86; grade with the --count and --topic the paper was printed with");
  }

  @Test
  void neighboursGetDifferentSamples() {
    var jane = run("paper", SHIPPED.toString(), "--student", "Jane Doe", "--count", "10");
    var john = run("paper", SHIPPED.toString(), "--student", "John Roe", "--count", "10");

    assertThat(jane.out().lines().skip(3).toList())
        .isNotEqualTo(john.out().lines().skip(3).toList());
  }

  @Test
  void anUntouchedTemplateGradesAsAllUnansweredAndExitsOne() {
    Path template = data.resolve("template.yaml");
    run(
        "paper",
        SHIPPED.toString(),
        "--format",
        "answers",
        "--count",
        "5",
        "--answers-template",
        template.toString());

    var exam = run("exam", SHIPPED.toString(), "--answers", template.toString(), "--count", "5");

    assertThat(exam.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(exam.err()).isEmpty();
    assertThat(exam.out()).endsWith("Score: 0 / 5 (0%), 0 of 5 answered\n");
  }

  @Test
  void thePaperShowsNoCardIdsAnswersOrExplanations() {
    var paper = run("paper", SHIPPED.toString());

    assertThat(paper.out())
        .startsWith(
            "Belarus and Russia: the December 2022 integration push (belarus-russia-2022)\n"
                + "Paper: seed 42 · 86 questions\n")
        .contains(
            "\n1. On what date did Putin visit Minsk, his first trip there in three years?\n"
                + "   (a date: day, month and year)\n")
        .doesNotContain("minsk-visit")
        .doesNotContain("2022-12-19")
        .doesNotContain("Parliamentary Assembly sat in Moscow");
  }

  @Test
  void aTopicTheDeckLacksIsRefusedWithTheTopicsItHas() {
    var paper = run("paper", SHIPPED.toString(), "--topic", "elections");

    assertThat(paper.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(paper.out()).isEmpty();
    assertThat(paper.err())
        .isEqualTo(
            "retain: deck 'belarus-russia-2022' has no topic 'elections'; its topics: dates,"
                + " systems, agreements, people, consequences\n");
  }

  @Test
  void aQuestionNumberOffThePaperIsRefusedWhereItStands() throws IOException {
    Path answers = data.resolve("answers.yaml");
    Files.writeString(
        answers, "deck: belarus-russia-2022\nstudent: Jane\nanswers:\n  1: a\n  999: b\n");

    var exam = run("exam", SHIPPED.toString(), "--answers", answers.toString());

    assertThat(exam.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(exam.err())
        .isEqualTo(
            answers + ":5:3: error: the paper (student Jane) has questions 1 to 86, not 999\n");
  }
}
