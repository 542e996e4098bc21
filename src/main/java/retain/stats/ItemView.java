package retain.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import retain.deck.CardMeta;
import retain.deck.Item;
import retain.grade.Escape;
import retain.grade.Grader;
import retain.grade.Presentation;
import retain.grade.QuestionText;
import retain.schedule.CardState;
import retain.schedule.Scheduler;
import retain.schedule.State;
import retain.store.ReviewRecord;

/**
 * One item for {@code retain show DECK/CARD}: the question as a session asks it, the answer and
 * explanation, the schedule with a retrievability curve, and the review history.
 */
public final class ItemView {

  /** How many days the retrievability curve looks ahead. */
  static final int CURVE_DAYS = 30;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final Scheduler scheduler;
  private final Instant now;
  private final ZoneId zone;
  private final Look look;

  /** A view telling times in {@code zone} and recall at {@code now}. */
  public ItemView(Scheduler scheduler, Instant now, ZoneId zone, Look look) {
    this.scheduler = scheduler;
    this.now = now;
    this.zone = zone;
    this.look = look;
  }

  /** new, learning, relearning, young or mature. */
  public static String stateName(Optional<CardState> state) {
    if (state.isEmpty() || state.get().state() == State.NEW) {
      return "new";
    }
    return switch (state.get().state()) {
      case REVIEW -> ItemTally.isMature(state.get()) ? "mature" : "young";
      default -> state.get().state().name().toLowerCase(Locale.ROOT);
    };
  }

  /** When an item is next due: {@code -} if new, {@code now} if due, else the local time. */
  public String due(Optional<CardState> state) {
    if (state.isEmpty() || state.get().state() == State.NEW) {
      return "-";
    }
    Instant due = state.get().due();
    return due.isAfter(now) ? TIME.format(due.atZone(zone)) : "now";
  }

  /** The item's lines, its options arranged as {@code shown}. */
  public List<String> render(
      Item item, Presentation shown, Optional<CardState> state, List<ReviewRecord> history) {
    CardMeta meta = item.card().meta();
    List<String> lines = new ArrayList<>();
    lines.add(
        look.paint(item.id(), Look.Ink.HEADING)
            + look.dot()
            + item.card().type().key()
            + meta.topic().map(topic -> look.dot() + Escape.line(topic)).orElse(""));
    lines.add(Escape.block(QuestionText.prompt(item)));
    QuestionText.options(item.card(), shown)
        .forEach(option -> lines.add("  " + Escape.line(option)));
    lines.add("(" + QuestionText.instruction(item) + ")");
    meta.hint().ifPresent(hint -> lines.add("hint: " + Escape.block(hint)));
    lines.add("");
    lines.add("answer: " + Escape.block(Grader.expected(item)));
    meta.explain().ifPresent(explain -> lines.add("explain: " + Escape.block(explain)));
    meta.ref().ifPresent(ref -> lines.add("ref: " + Escape.line(ref)));
    lines.add("");
    lines.addAll(schedule(state));
    lines.add(history.isEmpty() ? "no reviews yet" : "history:");
    history.forEach(review -> lines.add("  " + review(review)));
    return lines;
  }

  private List<String> schedule(Optional<CardState> state) {
    if (state.isEmpty() || state.get().state() == State.NEW) {
      return List.of("state: new");
    }
    CardState card = state.get();
    List<Double> curve = new ArrayList<>();
    for (int day = 0; day < CURVE_DAYS; day++) {
      curve.add(scheduler.retrievability(card, now.plus(Duration.ofDays(day))).orElse(0));
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "state: %s%sstability %.1f days%sdifficulty %.1f%sdue %s",
            stateName(state),
            look.dot(),
            card.stability(),
            look.dot(),
            card.difficulty(),
            look.dot(),
            due(state)),
        String.format(
                Locale.ROOT, "recall now %.0f%%  next %d days ", 100 * curve.get(0), CURVE_DAYS)
            + look.spark(curve)
            + String.format(Locale.ROOT, " %.0f%%", 100 * curve.get(CURVE_DAYS - 1)));
  }

  private String review(ReviewRecord review) {
    return TIME.format(review.at().atZone(zone))
        + "  "
        + String.format(Locale.ROOT, "%-5s", review.mode().name().toLowerCase(Locale.ROOT))
        + "  "
        + String.format(
            Locale.ROOT,
            "%-5s",
            review.rating().map(rating -> rating.name().toLowerCase(Locale.ROOT)).orElse("-"))
        + "  "
        + (review.correct() ? "right" : "wrong")
        + "  "
        + review
            .response()
            .map(response -> "\"" + Escape.line(response) + "\"")
            .orElse("(no answer)");
  }
}
