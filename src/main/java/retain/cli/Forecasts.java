package retain.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import retain.config.Settings;
import retain.deck.Deck;
import retain.readiness.Forecast;
import retain.readiness.Readiness;
import retain.schedule.CardState;
import retain.schedule.ExamAim;
import retain.schedule.StudyDay;
import retain.store.Store;
import retain.store.StoredCardState;

/** Builds an exam forecast from the decks and the store, for {@code plan} and {@code stats}. */
final class Forecasts {

  private Forecasts() {}

  /**
   * The forecast at {@code now}; with no store, every item counts as never studied. The replay
   * leaves fuzz out: it counts reviews, and the fuzz of a review not yet given is unknown.
   */
  static Forecast of(
      Settings settings,
      StudyDay day,
      Instant exam,
      double target,
      List<Deck> decks,
      Optional<Store> store,
      Instant now,
      OptionalInt perDay) {
    ExamAim aim =
        new ExamAim(RunContext.scheduler(settings.parameters().withFuzz(false)), day, exam, target);
    Map<String, Map<String, CardState>> states = new LinkedHashMap<>();
    store.ifPresent(
        open -> decks.forEach(deck -> states.put(deck.id(), plain(open.cardStates(deck.id())))));
    return new Readiness(aim).forecast(decks, states, now, perDay);
  }

  private static Map<String, CardState> plain(Map<String, StoredCardState> stored) {
    Map<String, CardState> states = new LinkedHashMap<>();
    stored.forEach((item, state) -> states.put(item, state.state()));
    return states;
  }
}
