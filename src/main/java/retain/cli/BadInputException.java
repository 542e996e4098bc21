package retain.cli;

/** Input the user can fix (a missing file, an unknown deck): exit 2 with the message alone. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
