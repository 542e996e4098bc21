package retain.exchange;

/** Field text from an Anki export with HTML on: line breaks kept, tags dropped, entities read. */
final class Html {

  private Html() {}

  static String toText(String html) {
    return html.replaceAll("(?i)<br\\s*/?>|</div>\\s*<div>|</p>\\s*<p>", "\n")
        .replaceAll("<[^>]*>", "")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
