package retain.repl;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import retain.cli.Cli;
import retain.cli.Consoles;
import retain.cli.ExitCodes;

/**
 * Runs one REPL line as the command line would run it: split like a shell splits it, then executed
 * by a fresh command tree from {@link Cli#create}, so options, help, errors and exit codes are the
 * CLI's, and no option set on one line leaks into the next.
 */
final class LineRunner {

  private final Globals globals;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Consoles consoles;
  private final IntSupplier columns;
  private final Parser parser = new DefaultParser();

  /** {@code columns} is read at every line: a terminal may be resized between two commands. */
  LineRunner(
      Globals globals, PrintWriter out, PrintWriter err, Consoles consoles, IntSupplier columns) {
    this.globals = globals;
    this.out = out;
    this.err = err;
    this.consoles = consoles;
    this.columns = columns;
  }

  /**
   * Runs {@code line}, after the options the REPL was started with, and returns its exit code; a
   * blank line does nothing and returns 0.
   */
  int run(String line) {
    List<String> words = words(line);
    if (words.isEmpty()) {
      return ExitCodes.OK;
    }
    List<String> args = new ArrayList<>(globals.words());
    args.addAll(words);
    var environment = globals.environment().withColumns(columns.getAsInt());
    int code = Cli.create(environment, out, err, consoles).execute(args.toArray(String[]::new));
    out.flush();
    err.flush();
    return code;
  }

  /** Whether {@code line} asks to leave the REPL. */
  boolean isQuit(String line) {
    List<String> words = words(line);
    return words.size() == 1 && (words.get(0).equals("quit") || words.get(0).equals("exit"));
  }

  /**
   * The words of {@code line}, quotes and escapes resolved; a leading {@code retain} is dropped, so
   * a command copied from the README works as typed.
   */
  List<String> words(String line) {
    List<String> words =
        parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
            .filter(word -> !word.isEmpty())
            .toList();
    return !words.isEmpty() && words.get(0).equals("retain")
        ? words.subList(1, words.size())
        : words;
  }
}
