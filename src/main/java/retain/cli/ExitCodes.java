package retain.cli;

/** The exit codes of design §3, the contract scripts rely on. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A check failed: lint found errors, or an exam is below the pass mark. */
  public static final int CHECK_FAILED = 1;

  /** Bad usage or bad input: unknown option, unreadable or invalid deck or answers file. */
  public static final int BAD_INPUT = 2;

  /** A bug in retain (sysexits' EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
