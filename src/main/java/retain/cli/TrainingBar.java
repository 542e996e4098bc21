package retain.cli;

import java.io.PrintWriter;
import java.util.Locale;
import retain.schedule.FsrsOptimizer;

/**
 * One line on the error stream while {@code retain optimize} trains, redrawn after each epoch:
 * {@code [########------------] epoch 2/5 loss 0.4931}. Drawn only for a person at a terminal, so
 * pipes and scripts get the result alone.
 */
final class TrainingBar implements FsrsOptimizer.Listener {

  private static final int WIDTH = 20;

  private final PrintWriter err;

  TrainingBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void epochDone(int epoch, int epochs, double loss) {
    int filled = WIDTH * epoch / epochs;
    err.printf(
        Locale.ROOT,
        "\r[%s%s] epoch %d/%d  loss %.4f",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        epoch,
        epochs,
        loss);
    if (epoch == epochs) {
      err.print("\r" + " ".repeat(WIDTH + 32) + "\r");
    }
    err.flush();
  }
}
