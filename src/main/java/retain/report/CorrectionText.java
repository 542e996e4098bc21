package retain.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import retain.session.Correction;
import retain.store.StoredCardState;

/**
 * One line per card that {@code retain doctor} found out of step with its reviews: the card, then
 * each field that differs as "old -> new". Numbers are written in full, so that even a difference
 * in the last digit shows.
 */
public final class CorrectionText {

  private record Field(String name, Function<StoredCardState, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("state", stored -> ReviewColumns.word(stored.state().state())),
          new Field("stability", stored -> stored.state().stability()),
          new Field("difficulty", stored -> stored.state().difficulty()),
          new Field("due", stored -> stored.state().due()),
          new Field(
              "last review",
              stored -> stored.state().lastReview().map(Object::toString).orElse("none")),
          new Field("scheduled days", stored -> stored.state().scheduledDays()),
          new Field("step", stored -> stored.state().step()),
          new Field("reps", stored -> stored.state().reps()),
          new Field("lapses", stored -> stored.state().lapses()),
          new Field("content hash", StoredCardState::contentHash));

  private CorrectionText() {}

  /** The line for {@code correction}, without indent or newline. */
  public static String line(Correction correction) {
    String card = correction.key().deck() + "/" + correction.key().item();
    if (correction.stored().isEmpty()) {
      return card + ": no stored state -> " + summary(correction.rebuilt().orElseThrow());
    }
    if (correction.rebuilt().isEmpty()) {
      return card
          + ": no rated review, so its state is removed (was "
          + summary(correction.stored().get())
          + ")";
    }
    StoredCardState was = correction.stored().get();
    StoredCardState is = correction.rebuilt().get();
    return card
        + ": "
        + FIELDS.stream()
            .filter(field -> !Objects.equals(field.value().apply(was), field.value().apply(is)))
            .map(
                field ->
                    field.name()
                        + " "
                        + field.value().apply(was)
                        + " -> "
                        + field.value().apply(is))
            .collect(Collectors.joining(", "));
  }

  private static String summary(StoredCardState stored) {
    return ReviewColumns.word(stored.state().state())
        + ", stability "
        + stored.state().stability()
        + ", due "
        + stored.state().due();
  }
}
