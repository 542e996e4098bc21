package retain.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader with a lookahead window that doubles instead of being copied again for every
 * 1,024 characters read. The scanner looks ahead over a whole plain word, a comment or a line of a
 * block scalar before it consumes any of it, so SnakeYAML's own reader copied its window once per
 * kilobyte of such a run: a 10 MB line took 30 s to lint, the same bytes folded 1 s (issue 15).
 * Here each character is copied a bounded number of times, so time is linear in the file's size
 * whatever its line lengths. Positions, the document index the code-point limit reads, and the
 * refusal of non-printable characters behave as in SnakeYAML, except that such a character is
 * reported where it stands.
 */
final class LinearReader extends StreamReader {

  private static final int CHUNK = 8192;
  private static final int BYTE_ORDER_MARK = 0xFEFF;

  private final Reader in;
  private final char[] chunk = new char[CHUNK + 1];

  /** Never written once a {@link Mark} may hold it: a grown or moved window is a new array. */
  private int[] window = new int[2 * CHUNK];

  private int pointer;
  private int length;
  private boolean eof;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  LinearReader(Reader in) {
    super(new StringReader(""));
    this.in = in;
  }

  @Override
  public Mark getMark() {
    return new Mark("'reader'", index, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && available(0); i++) {
      int c = window[pointer++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && available(0) && window[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != BYTE_ORDER_MARK) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int offset) {
    return available(offset) ? window[pointer + offset] : 0;
  }

  @Override
  public String prefix(int count) {
    if (count == 0) {
      return "";
    }
    available(count);
    return new String(window, pointer, Math.min(count, length - pointer));
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    pointer += count;
    index += count;
    documentIndex += count;
    column += count;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** Whether the character {@code offset} ahead exists, reading until it does or the text ends. */
  private boolean available(int offset) {
    while (!eof && pointer + offset >= length) {
      read();
    }
    return pointer + offset < length;
  }

  private void read() {
    try {
      int count = in.read(chunk, 0, CHUNK);
      if (count <= 0) {
        eof = true;
        return;
      }
      if (Character.isHighSurrogate(chunk[count - 1]) && in.read(chunk, count, 1) == 1) {
        count++;
      }
      makeRoom(count);
      append(count);
    } catch (IOException e) {
      throw new YAMLException(e);
    }
  }

  /**
   * Keeps what is not yet consumed, in a new array at least twice its size: a run of n characters
   * looked ahead over is then copied about twice in all, not n / 1,024 times.
   */
  private void makeRoom(int count) {
    if (length + count <= window.length) {
      return;
    }
    int kept = length - pointer;
    int[] grown = new int[Math.max(window.length, 2 * (kept + count))];
    System.arraycopy(window, pointer, grown, 0, kept);
    window = grown;
    pointer = 0;
    length = kept;
  }

  private void append(int count) {
    for (int i = 0; i < count; ) {
      int c = Character.codePointAt(chunk, i, count);
      if (!isPrintable(c)) {
        throw new Refusal(position(length), "yaml-character", unprintable(c));
      }
      window[length++] = c;
      i += Character.charCount(c);
    }
  }

  /** Where the character at {@code at} in the window stands, counting from the pointer. */
  private YamlValue.Position position(int at) {
    int atLine = line;
    int atColumn = column;
    for (int i = pointer; i < at; i++) {
      int c = window[i];
      if (Constant.LINEBR.has(c) || (c == '\r' && i + 1 < at && window[i + 1] != '\n')) {
        atLine++;
        atColumn = 0;
      } else if (c != BYTE_ORDER_MARK) {
        atColumn++;
      }
    }
    return new YamlValue.Position(atLine + 1, atColumn + 1);
  }

  private static String unprintable(int c) {
    return String.format(
        "the control character U+%04X is not allowed in a deck; delete it or write it as text", c);
  }
}
