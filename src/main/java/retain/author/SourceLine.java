package retain.author;

/** One non-blank line of a source text: its 1-based number and its text, trimmed. */
record SourceLine(int number, String text) {

  /** Whether the line ends a sentence: a full stop, ? or !, maybe inside quotes or brackets. */
  boolean endsSentence() {
    return text.matches(".*[.!?][\"”’)\\]]*");
  }
}
