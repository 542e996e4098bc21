package retain.author;

import java.util.List;

/**
 * A run of source lines read as one: a heading, running text, or a box printed into the text.
 *
 * @param kind what the lines are
 * @param lines the lines, in order; never empty
 */
record Passage(Kind kind, List<SourceLine> lines) {

  /** What a passage's lines are. */
  enum Kind {
    HEADING,
    TEXT,
    BOX
  }

  Passage {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a passage has at least one line");
    }
  }

  /** The lines joined: a line ending in a hyphen joins the next without a space. */
  String text() {
    StringBuilder joined = new StringBuilder();
    join(joined, new int[lines.size()]);
    return joined.toString();
  }

  /** The number of the line that holds {@code offset} of {@link #text()}. */
  int lineAt(int offset) {
    int[] starts = new int[lines.size()];
    join(new StringBuilder(), starts);
    int line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) {
      line++;
    }
    return lines.get(line).number();
  }

  private void join(StringBuilder joined, int[] starts) {
    for (int i = 0; i < lines.size(); i++) {
      boolean hyphen = joined.length() > 1 && joined.charAt(joined.length() - 1) == '-';
      if (joined.length() > 0 && !hyphen) {
        joined.append(' ');
      }
      starts[i] = joined.length();
      joined.append(lines.get(i).text());
    }
  }
}
