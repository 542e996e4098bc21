package retain.paper;

import java.util.List;
import retain.exam.Paper;
import retain.grade.Escape;

/**
 * A paper as one HTML page that prints cleanly on A4 and Letter: no question is ever split across
 * two pages ({@code break-inside: avoid}), and lists keep their letters in a monospace column.
 */
public final class PaperHtml {

  private static final String STYLE =
      """
      @page { margin: 16mm 14mm; }
      body { font: 11pt/1.4 Georgia, serif; max-width: 46em; margin: 0 auto; }
      header { border-bottom: 1px solid #444; margin-bottom: 1em; }
      h1 { font-size: 15pt; margin: 0 0 .3em; }
      .question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1em; }
      .prompt { margin: 0; white-space: pre-wrap; }
      .options { font-family: monospace; white-space: pre; margin: .3em 0 0 2em; }
      .form { font-style: italic; color: #333; margin: .2em 0 0 2em; }
      """;

  private PaperHtml() {}

  /** The whole page. */
  public static String render(Paper paper) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
    html.append("<meta charset=\"utf-8\">\n<title>")
        .append(text(paper.deck().title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(text(paper.deck().title()))
        .append("</h1>\n<p>")
        .append(text(PaperHeader.identity(paper)))
        .append("</p>\n<p>")
        .append(text(PaperHeader.howToAnswer(paper)))
        .append("</p>\n</header>\n");
    PaperQuestion.of(paper).forEach(question -> question(html, question));
    return html.append("</body>\n</html>\n").toString();
  }

  private static void question(StringBuilder html, PaperQuestion question) {
    html.append("<section class=\"question\">\n<p class=\"prompt\"><b>")
        .append(question.number())
        .append(".</b> ")
        .append(text(question.prompt()))
        .append("</p>\n");
    List<String> options = question.options();
    if (!options.isEmpty()) {
      html.append("<div class=\"options\">")
          .append(text(String.join("\n", options)))
          .append("</div>\n");
    }
    html.append("<p class=\"form\">(").append(text(question.form())).append(")</p>\n</section>\n");
  }

  private static String text(String value) {
    return Escape.block(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
