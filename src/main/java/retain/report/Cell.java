package retain.report;

import retain.grade.Quote;
import retain.text.Shorten;

/** Deck and student text made safe and short for one terminal line. */
final class Cell {

  private Cell() {}

  /**
   * {@code text} on one line (runs of whitespace and control characters, escape sequences included,
   * become one space), cut to {@code width} code points with an ellipsis.
   */
  static String fit(String text, int width) {
    return Shorten.to(Quote.flat(text), width);
  }

  /** {@code text} fitted and padded with spaces to exactly {@code width} code points. */
  static String pad(String text, int width) {
    String fitted = fit(text, width);
    return fitted + " ".repeat(width - fitted.codePointCount(0, fitted.length()));
  }

  /** A bar of {@code width} cells filled in proportion to {@code percent}, in eighths. */
  static String bar(double percent, int width) {
    int eighths = (int) Math.round(Math.max(0, Math.min(100, percent)) / 100 * width * 8);
    StringBuilder bar = new StringBuilder("█".repeat(eighths / 8));
    if (eighths % 8 > 0) {
      bar.append("▏▎▍▌▋▊▉".charAt(eighths % 8 - 1));
    }
    return bar + " ".repeat(width - bar.length());
  }
}
