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
import retain.schedule.Scheduler;
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
    Environment environment = root.environment();
    Settings settings = ConfigFile.load(environment, spec.commandLine().getErr());
    Clock clock = root.global().clock(environment, settings.dayStartsAt());
    List<Deck> decks = deck == null ? root.catalog().decks() : List.of(require());
    Optional<String> scope = deck == null ? Optional.empty() : Optional.of(decks.get(0).id());
    StudyDay day = new StudyDay(clock.getZone(), settings.dayStartsAt());
    var statistics = new Statistics(new Scheduler(settings.parameters(), 0), day, clock.instant());
    Dashboard dashboard;
    Optional<Forecast> forecast;
    Optional<Store> store = Store.openReadOnly(root.global().dataDirectory(environment));
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
    } finally {
      store.ifPresent(Store::close);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (chosen == Format.JSON) {
      out.println(DashboardJson.write(dashboard));
    } else if (dashboard.isEmpty()) {
      String suggestion = decks.isEmpty() ? "DECK" : decks.get(0).id();
      DashboardText.empty(dashboard, Decks.look(root), suggestion).forEach(out::println);
    } else {
      DashboardText.render(dashboard, Decks.look(root), clock.getZone()).forEach(out::println);
      forecast.ifPresent(
          ahead ->
              ExamPanel.render(ahead, Decks.look(root), clock.getZone()).forEach(out::println));
    }
    return ExitCodes.OK;
  }

  private Deck require() {
    return root.catalog().require(deck);
  }
}
