package retain.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.cli.FormatOption.Format;
import retain.config.Settings;
import retain.deck.Deck;
import retain.readiness.Forecast;
import retain.readiness.ForecastJson;
import retain.readiness.ForecastText;
import retain.schedule.ExamAim;
import retain.schedule.StudyDay;
import retain.store.Store;

/** {@code retain plan}: what a student is likely to recall on an exam date, and what it takes. */
@Command(
    name = "plan",
    header = "Forecast recall on an exam date and the reviews it takes to reach a target.",
    description = {
      "For every card: the chance of recalling it when the exam begins, from its FSRS state;",
      "then the predicted score per topic and overall, the cards least likely to be recalled,",
      "and the reviews a day needed to bring every card to the target (docs/readiness.md)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain plan belarus-russia-2022 --exam 2026-12-21",
      "  retain plan belarus-russia-2022 --exam 2026-12-21 --target 80 --per-day 30",
      "  retain plan belarus-russia-2022 --exam 2026-12-21 --format json"
    })
final class PlanCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);

  @Parameters(paramLabel = "DECK", arity = "1..*", description = "Deck ids or files.")
  List<String> decks = new ArrayList<>();

  @Option(
      names = "--exam",
      paramLabel = "DATE",
      description = {
        "When the exam begins: 2026-12-21 (the start of that study day) or a time;",
        "default: 'exam' in config.yaml."
      })
  String exam;

  @Option(
      names = "--target",
      paramLabel = "PERCENT",
      description = "The recall to aim at on the exam day (default 90).")
  int target = (int) Math.round(ExamAim.DEFAULT_TARGET * 100);

  @Option(
      names = "--per-day",
      paramLabel = "N",
      description = "Your daily budget of reviews, to check the plan against.")
  Integer perDay;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    if (target < 1 || target > 99 || perDay != null && perDay < 1) {
      throw new ParameterException(
          spec.commandLine(), "--target must be from 1 to 99 and --per-day at least 1");
    }
    RunContext context = root.context(spec);
    Settings settings = context.settings();
    Clock clock = context.clock();
    StudyDay day = context.day();
    Instant when =
        ExamDate.resolve(exam, settings, day)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "plan needs an exam date: give --exam DATE or set 'exam' in config.yaml"));
    List<Deck> found = decks.stream().map(root.catalog()::require).toList();
    Forecast forecast;
    Optional<Store> store = Store.openReadOnly(context.dataDirectory());
    try {
      forecast =
          Forecasts.of(
              settings,
              day,
              when,
              target / 100.0,
              found,
              store,
              clock.instant(),
              perDay == null ? OptionalInt.empty() : OptionalInt.of(perDay));
    } finally {
      store.ifPresent(Store::close);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (chosen == Format.JSON) {
      out.println(ForecastJson.write(forecast));
    } else {
      ForecastText.render(forecast, clock.getZone()).forEach(out::println);
    }
    return ExitCodes.OK;
  }
}
