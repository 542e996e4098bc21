package retain.paper;

import retain.exam.Paper;
import retain.grade.Escape;
import retain.text.Json;
import retain.text.Shorten;

/**
 * The answers file a student fills in for a paper: the keys that identify the paper, then one key
 * per question number, each with a comment quoting the question and the form of answer. Left as it
 * is, it grades as all unanswered.
 */
public final class AnswersTemplate {

  /** Questions are quoted up to this many characters, so each comment stays on a line. */
  private static final int QUOTED = 70;

  private AnswersTemplate() {}

  /** The template, as YAML. */
  public static String render(Paper paper) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Answers to ")
        .append(comment(paper.deck().title()))
        .append(", ")
        .append(comment(PaperHeader.identity(paper)))
        .append(".\n# Write each answer after its number; letters are the ones on your paper.")
        .append(" Leave blank what you do not know.\n")
        .append("deck: ")
        .append(paper.deck().id())
        .append('\n');
    // JSON strings are YAML double-quoted scalars: no name can break the file
    paper
        .id()
        .student()
        .ifPresent(name -> yaml.append("student: ").append(Json.write(name)).append('\n'));
    paper.id().seed().ifPresent(seed -> yaml.append("seed: ").append(seed).append('\n'));
    yaml.append("questions: ").append(paper.items().size()).append('\n').append("answers:\n");
    for (PaperQuestion question : PaperQuestion.of(paper)) {
      yaml.append("  ")
          .append(question.number())
          .append(":   # ")
          .append(comment(question.prompt()))
          .append(" (")
          .append(question.form())
          .append(")\n");
    }
    return yaml.toString();
  }

  private static String comment(String text) {
    String flat = Escape.line(text.strip().replaceAll("\\s+", " "));
    return Shorten.to(flat, QUOTED);
  }
}
