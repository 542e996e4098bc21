package retain.schedule;

/** Where a card stands in the FSRS step machine (fsrs-spec §3). */
public enum State {
  NEW,
  LEARNING,
  REVIEW,
  RELEARNING
}
