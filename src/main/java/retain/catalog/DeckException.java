package retain.catalog;

/** A deck that cannot be found, read or loaded: the user's to fix, so exit 2. */
public final class DeckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described in one sentence. */
  public DeckException(String message) {
    super(message);
  }

  /** A problem described in one sentence, with the I/O error behind it. */
  public DeckException(String message, Throwable cause) {
    super(message, cause);
  }
}
