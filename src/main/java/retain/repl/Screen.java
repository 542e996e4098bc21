package retain.repl;

import java.io.PrintWriter;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Styled, wrapped lines on the terminal. The palette is calm: green right, red wrong, yellow for a
 * near miss, faint for metadata; without colour every style prints as plain text.
 */
final class Screen {

  /** What a piece of text is, which decides how it looks. */
  enum Ink {
    PLAIN(AttributedStyle.DEFAULT),
    STRONG(AttributedStyle.BOLD),
    RIGHT(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)),
    WRONG(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)),
    NEAR(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW)),
    FAINT(AttributedStyle.DEFAULT.faint());

    private final AttributedStyle style;

    Ink(AttributedStyle style) {
      this.style = style;
    }
  }

  /** Used when the terminal does not report its width (dumb terminals report 0). */
  private static final int FALLBACK_WIDTH = 80;

  private final Terminal terminal;
  private final boolean colour;

  Screen(Terminal terminal, boolean colour) {
    this.terminal = terminal;
    this.colour = colour;
  }

  /** {@code text} in {@code ink}, wrapped to the terminal's width. */
  void wrapped(String text, Ink ink) {
    for (String line : Wrap.lines(text, width())) {
      line(styled(line, ink));
    }
  }

  /** One line, already styled, printed as it is. */
  void line(String styled) {
    PrintWriter writer = terminal.writer();
    writer.println(styled);
    writer.flush();
  }

  /** {@code text} in {@code ink}, as escape codes for this terminal, or plain without colour. */
  String styled(String text, Ink ink) {
    return colour ? new AttributedString(text, ink.style).toAnsi(terminal) : text;
  }

  /** Columns to wrap at: the terminal's width less one, so a full line never wraps by itself. */
  int width() {
    int width = terminal.getWidth();
    return (width > 1 ? width : FALLBACK_WIDTH) - 1;
  }
}
