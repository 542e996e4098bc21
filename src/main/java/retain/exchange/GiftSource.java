package retain.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The text of one GIFT question with its escapes read ({@code \~ \= \# \{ \} \: \\ \n}), each
 * character remembering where it stood in the file and whether it was escaped, so that a control
 * character is only ever an unescaped one and every message can point at its line and column.
 */
final class GiftSource {

  private static final String ESCAPABLE = "~=#{}:";

  private final String text;
  private final BitSet literal;
  private final int[] lines;
  private final int[] columns;

  private GiftSource(String text, BitSet literal, int[] lines, int[] columns) {
    this.text = text;
    this.literal = literal;
    this.lines = lines;
    this.columns = columns;
  }

  /**
   * The question made of {@code rawLines}, which stand at the file's lines {@code lineNumbers};
   * lines are joined with a line break.
   */
  static GiftSource of(List<String> rawLines, List<Integer> lineNumbers) {
    int capacity = rawLines.size();
    for (String raw : rawLines) {
      capacity += raw.length();
    }
    StringBuilder text = new StringBuilder(capacity);
    BitSet literal = new BitSet();
    int[] lines = new int[capacity];
    int[] columns = new int[capacity];
    for (int l = 0; l < rawLines.size(); l++) {
      String raw = rawLines.get(l);
      int lineNumber = lineNumbers.get(l);
      if (l > 0) {
        lines[text.length()] = lineNumber;
        columns[text.length()] = 1;
        text.append('\n');
      }
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        lines[text.length()] = lineNumber;
        columns[text.length()] = i + 1;
        if (c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(i + 1);
          if (next == '\\' || next == 'n' || ESCAPABLE.indexOf(next) >= 0) {
            literal.set(text.length());
            text.append(next == 'n' ? '\n' : next);
            i++;
            continue;
          }
        }
        text.append(c);
      }
    }
    int length = text.length();
    return new GiftSource(
        text.toString(), literal, Arrays.copyOf(lines, length), Arrays.copyOf(columns, length));
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  /** The index of the first unescaped {@code c} at or after {@code from}, or -1. */
  int find(char c, int from) {
    for (int i = Math.max(from, 0); i < text.length(); i++) {
      if (text.charAt(i) == c && !literal.get(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last unescaped {@code marker} in [from, end), or -1. */
  int findLast(String marker, int from, int end) {
    for (int i = end - marker.length(); i >= from; i--) {
      if (isUnescaped(marker, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first unescaped {@code marker} in [from, end), or -1. */
  int find(String marker, int from, int end) {
    for (int i = Math.max(from, 0); i + marker.length() <= end; i++) {
      if (isUnescaped(marker, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The pieces of [from, end) between unescaped {@code separator}s, each with its start. */
  List<int[]> split(char separator, int from, int end) {
    List<int[]> pieces = new ArrayList<>();
    int start = from;
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == separator && !literal.get(i)) {
        pieces.add(new int[] {start, i});
        start = i + 1;
      }
    }
    pieces.add(new int[] {start, end});
    return pieces;
  }

  private boolean isUnescaped(String marker, int at) {
    if (!text.startsWith(marker, at)) {
      return false;
    }
    for (int i = at; i < at + marker.length(); i++) {
      if (literal.get(i)) {
        return false;
      }
    }
    return true;
  }

  int line(int index) {
    return lines[Math.min(Math.max(index, 0), lines.length - 1)];
  }

  int column(int index) {
    return columns[Math.min(Math.max(index, 0), columns.length - 1)];
  }

  String slice(int from, int end) {
    return text.substring(from, end);
  }
}
