package retain.repl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.cli.RunContext;
import retain.config.Settings;
import retain.readiness.Countdown;
import retain.schedule.StudyDay;
import retain.stats.Statistics;
import retain.store.Store;
import retain.store.StoreException;

/**
 * The prompt, {@code retain (12 due, exam in 9 days) › }: the items due today in the decks {@code
 * retain decks} lists, counted as {@code decks} and {@code stats} count them (Statistics#dueToday),
 * and config.yaml's exam while it is ahead. Without a store there is no count, and none is created
 * just to show a prompt.
 */
final class DuePrompt {

  private final Globals options;

  DuePrompt(Globals options) {
    this.options = options;
  }

  /** The prompt text, with the count when something is due and the exam when one is ahead. */
  String text() {
    // read afresh at each prompt: a command of the REPL may have just changed config.yaml
    RunContext context = options.context();
    Settings settings = context.settings();
    Instant now = context.clock().instant();
    StudyDay day = context.day();
    List<String> parts = new ArrayList<>();
    due(settings, day, now)
        .filter(count -> count > 0)
        .ifPresent(count -> parts.add(count + " due"));
    settings
        .exam()
        .flatMap(exam -> Countdown.text(day.startOf(exam), now, day))
        .ifPresent(parts::add);
    return parts.isEmpty() ? "retain › " : "retain (" + String.join(", ", parts) + ") › ";
  }

  /** Items due today; empty without a readable store. */
  private Optional<Integer> due(Settings settings, StudyDay day, Instant now) {
    try {
      Optional<Store> store = Store.openReadOnly(options.dataDirectory());
      if (store.isEmpty()) {
        return Optional.empty();
      }
      try (Store open = store.get()) {
        var statistics = new Statistics(RunContext.scheduler(settings.parameters()), day, now);
        return Optional.of(statistics.dueToday(options.catalog().decks(), store));
      }
    } catch (StoreException unreadable) {
      // the commands report an unreadable store; the prompt just has nothing to say
      return Optional.empty();
    }
  }
}
