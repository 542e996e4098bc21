package retain.store;

/**
 * The progress store cannot be used: a file retain refuses to touch, or a disk or permission
 * problem. The message is one sentence naming the file; committed reviews are always kept.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean refusal;

  private StoreException(String message, boolean refusal, Throwable cause) {
    super(message, cause);
    this.refusal = refusal;
  }

  /** A file that is not retain's, or from a newer retain; it was left byte-for-byte unchanged. */
  static StoreException refusal(String message) {
    return new StoreException(message, true, null);
  }

  /** The file is retain's but could not be read or written (read-only, full disk, locked). */
  static StoreException failure(String message, Throwable cause) {
    return new StoreException(message, false, cause);
  }

  /** True when retain refused the file (bad input: exit 2), false for an environment failure. */
  public boolean refusal() {
    return refusal;
  }
}
