package retain.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Word wrapping by terminal columns: a CJK character or an emoji takes two columns, a combining
 * accent none, so lines line up however the text is written.
 */
final class Wrap {

  private Wrap() {}

  /** Columns {@code text} takes on a terminal. */
  static int columns(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(codePoint));
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * {@code text} broken at spaces into lines of at most {@code width} columns; a continuation keeps
   * the first line's indentation, and a word wider than a line is cut where the line ends.
   */
  static List<String> lines(String text, int width) {
    if (columns(text) <= width) {
      return List.of(text); // as it is: aligned columns such as the summary's keep their spaces
    }
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    int room = Math.max(1, width - columns(indent));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.strip().split(" +")) {
      int wide = columns(word);
      if (used > 0 && used + 1 + wide > room) {
        lines.add(indent + line);
        line.setLength(0);
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      while (wide > room - used) {
        int cut = fit(word, room - used);
        lines.add(indent + line + word.substring(0, cut));
        line.setLength(0);
        used = 0;
        word = word.substring(cut);
        wide = columns(word);
      }
      line.append(word);
      used += wide;
    }
    lines.add(indent + line);
    return lines;
  }

  /** How many chars of {@code word} fit in {@code room} columns; at least one code point. */
  private static int fit(String word, int room) {
    int end = 0;
    int used = 0;
    while (end < word.length()) {
      int codePoint = word.codePointAt(end);
      int wide = Math.max(0, WCWidth.wcwidth(codePoint));
      if (used + wide > room && end > 0) {
        break;
      }
      used += wide;
      end += Character.charCount(codePoint);
    }
    return end;
  }
}
