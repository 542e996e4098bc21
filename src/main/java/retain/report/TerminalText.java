package retain.report;

/**
 * Text from a deck or a stored answer made safe to print on a terminal (issue 15): control
 * characters (C0 but tab and newline, DEL, C1, and so ESC) are shown as {@code \u001b}-style
 * escapes instead of being sent, so a deck cannot clear the screen, set the window title or open
 * links.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with each control character but tab and newline shown in its escaped form. */
  public static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c -> {
              if (c != '\t' && c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.append((char) c);
              }
            });
    return shown.toString();
  }
}
