package retain.paper;

import java.util.regex.Pattern;
import retain.exam.Paper;
import retain.grade.Escape;

/** A paper as Markdown, for a course page or a document converter. */
public final class PaperMarkdown {

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]{}()<>#+!|~-])");

  private PaperMarkdown() {}

  /** The whole paper. */
  public static String render(Paper paper) {
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(plain(paper.deck().title()))
        .append("\n\n")
        .append(plain(PaperHeader.identity(paper)))
        .append("\n\n")
        .append(plain(PaperHeader.howToAnswer(paper)))
        .append('\n');
    for (PaperQuestion question : PaperQuestion.of(paper)) {
      md.append("\n**")
          .append(question.number())
          .append(".** ")
          .append(plain(question.prompt()))
          .append("\n\n");
      question
          .options()
          .forEach(option -> md.append("    ").append(Escape.line(option)).append('\n'));
      md.append(question.options().isEmpty() ? "" : "\n")
          .append('*')
          .append(plain(question.form()))
          .append("*\n");
    }
    return md.toString();
  }

  /** Deck text that Markdown shows as written: its markup characters escaped, on one line. */
  private static String plain(String text) {
    return SPECIAL.matcher(Escape.block(text).replace('\n', ' ')).replaceAll("\\\\$1");
  }
}
