package retain.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.cli.FormatOption.Format;
import retain.config.Settings;
import retain.deck.Deck;
import retain.readiness.Forecast;
import retain.schedule.ExamAim;
import retain.schedule.StudyDay;
import retain.stats.Dashboard;
import retain.stats.DashboardJson;
import retain.stats.DashboardText;
import retain.stats.ExamPanel;
import retain.stats.Statistics;
import retain.store.Store;

/** {@code retain stats}: progress at a glance, for one deck or all, as a dashboard or JSON. */
@Command(
    name = "stats",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain stats",
      "  retain stats belarus-russia-2022 --exam 2026-12-21",
      "  retain stats --format json"
    },
    header = "Show progress: cards by state, due counts, retention, calendar, mastery, scores.",
    description = {
      "Without DECK: every deck found, and every review in the store.",
      "Colour only on a terminal; --no-color, NO_COLOR or TERM=dumb draw plain ASCII."
    })
final class StatsCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);

  @Parameters(paramLabel = "DECK", arity = "0..1", description = "A deck id or file.")
  String deck;

  @Option(
      names = "--exam",
      paramLabel = "DATE",
      description = "Add a forecast for an exam on DATE (default: 'exam' in config.yaml).")
  String exam;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    RunContext context = root.context(spec);
    Settings settings = context.settings();
    Clock clock = context.clock();
    List<Deck> decks = deck == null ? root.catalog().decks() : List.of(require());
    Optional<String> scope = deck == null ? Optional.empty() : Optional.of(decks.get(0).id());
    StudyDay day = context.day();
    var statistics = new Statistics(context.scheduler(), day, clock.instant());
    Dashboard dashboard;
    Optional<Forecast> forecast;
    Optional<Store> store = Store.openReadOnly(context.dataDirectory());
    try {
      dashboard = statistics.dashboard(decks, scope, store);
      forecast =
          ExamDate.resolve(exam, settings, day)
              .filter(clock.instant()::isBefore)
              .map(
                  when ->
                      Forecasts.of(
                          settings,
                          day,
                          when,
                          ExamAim.DEFAULT_TARGET,
                          decks,
                          store,
                          clock.instant(),
                          OptionalInt.empty()));
      store.ifPresent(open -> DamagedReviews.warn(open, spec.commandLine().getErr()));
    } finally {
      store.ifPresent(Store::close);
    }
    PrintWriter out = spec.commandLine().getOut();
    int columns = root.environment().columns();
    if (chosen == Format.JSON) {
      out.println(DashboardJson.write(dashboard));
    } else if (dashboard.isEmpty()) {
      String suggestion = decks.isEmpty() ? "DECK" : decks.get(0).id();
      DashboardText.empty(dashboard, context.look(), suggestion, columns).forEach(out::println);
    } else {
      DashboardText.render(dashboard, context.look(), clock.getZone(), columns)
          .forEach(out::println);
      forecast.ifPresent(
          ahead ->
              ExamPanel.render(ahead, context.look(), clock.getZone(), columns)
                  .forEach(out::println));
    }
    return ExitCodes.OK;
  }

  private Deck require() {
    return root.catalog().require(deck);
  }
}
