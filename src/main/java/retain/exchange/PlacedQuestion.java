package retain.exchange;

/** A question read from a file, with where it starts (1-based) for the messages about it. */
record PlacedQuestion(LmsQuestion question, int line, int column) {}
