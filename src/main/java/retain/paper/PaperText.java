package retain.paper;

import retain.exam.Paper;
import retain.grade.Escape;

/** A paper as plain text, for a terminal or a printer. */
public final class PaperText {

  private PaperText() {}

  /** The whole paper. */
  public static String render(Paper paper) {
    StringBuilder text = new StringBuilder();
    text.append(Escape.line(paper.deck().title()))
        .append(" (")
        .append(paper.deck().id())
        .append(")\n")
        .append(Escape.line(PaperHeader.identity(paper)))
        .append('\n')
        .append(PaperHeader.howToAnswer(paper))
        .append('\n');
    for (PaperQuestion question : PaperQuestion.of(paper)) {
      text.append('\n')
          .append(question.number())
          .append(". ")
          .append(Escape.block(question.prompt()).replace("\n", "\n   "))
          .append('\n');
      question
          .options()
          .forEach(option -> text.append("   ").append(Escape.line(option)).append('\n'));
      text.append("   (").append(question.form()).append(")\n");
    }
    return text.toString();
  }
}
