package retain.exchange;

import java.util.Locale;

/**
 * Moodle's text formats turned into plain text: HTML loses its tags (line breaks kept, entities
 * read), Markdown its emphasis marks; plain and Moodle auto-format text stay as written.
 */
final class LmsText {

  private LmsText() {}

  /**
   * @param format as GIFT writes it between brackets ({@code html}, {@code markdown}, {@code
   *     plain}, {@code moodle}) or Moodle XML in its {@code format} attribute ({@code html}, {@code
   *     markdown}, {@code plain_text}, {@code moodle_auto_format})
   */
  static String plain(String format, String text) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "html" -> Html.toText(text.replaceAll("(?i)</?(p|div)>", "\n")).strip();
      case "markdown" ->
          text.replaceAll("\\*\\*|__|`", "")
              .replaceAll("(?<![*\\w])\\*(?!\\s)|(?<!\\s)\\*(?![*\\w])", "");
      default -> text;
    };
  }

  /**
   * The text as Moodle's HTML format holds it: {@code & < >} escaped, line breaks as {@code <br>}.
   * Quotes stay, as embedded cloze answers escape them their own way.
   */
  static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br>");
  }
}
