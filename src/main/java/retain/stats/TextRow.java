package retain.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the dashboard being built, tracking its width on screen apart from any colour codes,
 * so that panels line up whether or not the text is painted.
 */
final class TextRow {

  private final StringBuilder text = new StringBuilder();
  private int width;

  /** Appends plain text. */
  TextRow add(String plain) {
    return add(plain, plain);
  }

  /** Appends {@code painted}, which shows as {@code plain} does. */
  TextRow add(String painted, String plain) {
    return add(painted, plain.codePointCount(0, plain.length()));
  }

  /** Appends {@code painted}, which takes {@code columns} columns whatever its colour codes. */
  TextRow add(String painted, int columns) {
    text.append(painted);
    width += columns;
    return this;
  }

  /** Appends another row as it is, trailing spaces included. */
  TextRow add(TextRow other) {
    return add(other.text.toString(), other.width);
  }

  /** Pads with spaces up to {@code column} (0-based). */
  TextRow padTo(int column) {
    while (width < column) {
      text.append(' ');
      width++;
    }
    return this;
  }

  /**
   * {@code parts} after {@code start}, separated by {@code separator}, starting a new row under the
   * first part whenever the next would pass {@code width}.
   */
  static List<TextRow> wrapped(TextRow start, List<TextRow> parts, String separator, int width) {
    int indent = start.width();
    List<TextRow> rows = new ArrayList<>();
    TextRow row = start;
    boolean first = true;
    for (TextRow part : parts) {
      if (!first && row.width() + separator.length() + part.width() > width) {
        rows.add(row);
        row = new TextRow().padTo(indent);
        first = true;
      }
      row.add(first ? "" : separator).add(part);
      first = false;
    }
    rows.add(row);
    return rows;
  }

  /** The columns it takes on screen. */
  int width() {
    return width;
  }

  @Override
  public String toString() {
    return text.toString().stripTrailing();
  }
}
