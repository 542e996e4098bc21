package retain.stats;

import java.util.List;

/**
 * How the dashboard is drawn: Unicode block characters or plain ASCII, with or without ANSI colour.
 * The caller decides from the terminal and the options; nothing here looks at either.
 *
 * @param unicode block characters (▁▂▃▄▅▆▇█, ░▒▓█); otherwise ASCII only
 * @param colour ANSI SGR colour codes around charts and headings
 */
public record Look(boolean unicode, boolean colour) {

  /** Plain ASCII without colour: for --no-color, NO_COLOR and dumb terminals. */
  public static final Look ASCII = new Look(false, false);

  private static final String[] HEAT_UNICODE = {"·", "░", "▒", "▓", "█"};
  private static final String[] HEAT_ASCII = {".", "-", "=", "+", "#"};
  private static final String EIGHTHS_UP = " ▁▂▃▄▅▆▇█";
  private static final String EIGHTHS_RIGHT = " ▏▎▍▌▋▊▉█";
  private static final String SPARK_ASCII = "_.,-=+*#";

  /** What a piece of text means, which decides its colour. */
  public enum Ink {
    HEADING("1"),
    GOOD("32"),
    FAIR("33"),
    POOR("31"),
    CHART("36"),
    HEAT("32"),
    FAINT("2");

    private final String code;

    Ink(String code) {
      this.code = code;
    }
  }

  /** {@code text} in the colour of {@code ink}, or as it is without colour. */
  public String paint(String text, Ink ink) {
    return colour && !text.isBlank() ? "\u001b[" + ink.code + "m" + text + "\u001b[0m" : text;
  }

  /** The ink for a share where higher is better: 90% and up good, 70% fair, below poor. */
  public static Ink grade(double share) {
    return share >= 0.9 ? Ink.GOOD : share >= 0.7 ? Ink.FAIR : Ink.POOR;
  }

  /** One calendar cell, level 0 (no review) to 4 (the busiest days). */
  public String heat(int level) {
    String cell = (unicode ? HEAT_UNICODE : HEAT_ASCII)[level];
    return paint(cell, level == 0 ? Ink.FAINT : Ink.HEAT);
  }

  /** One cell of a vertical bar filled {@code eighths} eighths from the bottom, 0 to 8. */
  public String column(int eighths) {
    if (unicode) {
      return String.valueOf(EIGHTHS_UP.charAt(eighths));
    }
    return eighths >= 4 ? "#" : eighths > 0 ? "." : " ";
  }

  /** A horizontal bar {@code width} cells wide, filled to {@code share} (0 to 1). */
  public String bar(double share, int width) {
    int eighths = (int) Math.round(Math.max(0, Math.min(1, share)) * width * 8);
    StringBuilder filled = new StringBuilder();
    StringBuilder empty = new StringBuilder();
    for (int cell = 0; cell < width; cell++) {
      int fill = Math.max(0, Math.min(8, eighths - cell * 8));
      if (fill == 0) {
        empty.append(unicode ? "░" : ".");
      } else if (unicode) {
        filled.append(EIGHTHS_RIGHT.charAt(fill));
      } else {
        filled.append(fill >= 4 ? '=' : '-');
      }
    }
    return paint(filled.toString(), grade(share)) + paint(empty.toString(), Ink.FAINT);
  }

  /** A sparkline of shares (0 to 1), one cell each, on a fixed scale so 100% is always full. */
  public String spark(List<Double> shares) {
    StringBuilder line = new StringBuilder();
    for (double share : shares) {
      int level = (int) Math.round(Math.max(0, Math.min(1, share)) * 7);
      line.append(unicode ? EIGHTHS_UP.charAt(level + 1) : SPARK_ASCII.charAt(level));
    }
    return paint(line.toString(), Ink.CHART);
  }

  /** The separator between items on one line. */
  public String dot() {
    return unicode ? " · " : " - ";
  }
}
