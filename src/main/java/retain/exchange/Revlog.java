package retain.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.schedule.CardHistory;
import retain.text.Shorten;
import retain.yaml.Problem;

/**
 * The FSRS revlog CSV that Anki's and the FSRS tools' exports use: a header, then {@code
 * card_id,review_time,review_rating,review_state,review_duration} per review, time in milliseconds
 * since the epoch, rating 1 to 4. Rows may come in any order; each card's reviews are put in time
 * order and counted in UTC days, as FSRS counts them (fsrs-spec §5.1).
 */
public final class Revlog {

  /** The header line, also what {@code history --format revlog} writes first. */
  public static final String HEADER =
      "card_id,review_time,review_rating,review_state,review_duration";

  private static final long DAY_MS = 86_400_000L;
  private static final int MAX_PROBLEMS = 100;

  /**
   * One card of a revlog.
   *
   * @param id the card_id of its rows
   * @param history its reviews in time order
   */
  public record Card(long id, CardHistory history) {}

  /**
   * What a revlog holds.
   *
   * @param cards each card's history, in the order cards first appear
   * @param reviews how many rows were read
   * @param problems every row that could not be read (at most 100); cards are empty when any
   */
  public record Read(List<Card> cards, int reviews, List<Problem> problems) {
    public Read {
      cards = List.copyOf(cards);
      problems = List.copyOf(problems);
    }

    /** The cards' histories without their ids. */
    public List<CardHistory> histories() {
      return cards.stream().map(Card::history).toList();
    }
  }

  /**
   * One review: which card, when (milliseconds since the epoch) and its rating, 1 to 4.
   *
   * @param line where it was read, 1-based; 0 when it comes from the store
   */
  public record Row(long card, long time, int rating, int line) {}

  private Revlog() {}

  /** Reads revlog {@code text}; {@code source} names it in problems. */
  public static Read read(String source, String text) {
    List<Problem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
      String line = lines[i];
      if (!line.isBlank() && !(i == 0 && line.startsWith("card_id"))) {
        Optional.ofNullable(parse(source, line, i + 1, problems)).ifPresent(rows::add);
      }
    }
    List<Row> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparingLong(Row::card).thenComparingLong(Row::time));
    for (int i = 1; i < ordered.size() && problems.size() < MAX_PROBLEMS; i++) {
      Row before = ordered.get(i - 1);
      Row twin = ordered.get(i);
      if (twin.card() == before.card() && twin.time() == before.time()) {
        problems.add(
            problem(
                source,
                Math.max(twin.line(), before.line()),
                1,
                "card "
                    + twin.card()
                    + " has two reviews at "
                    + twin.time()
                    + " (also line "
                    + Math.min(twin.line(), before.line())
                    + "); each review needs its own time"));
      }
    }
    problems.sort(Comparator.comparingInt(Problem::line));
    return problems.isEmpty()
        ? new Read(cards(rows), rows.size(), problems)
        : new Read(List.of(), rows.size(), problems);
  }

  /** Each card's reviews in time order, cards in the order they first appear in {@code rows}. */
  public static List<Card> cards(List<Row> rows) {
    Map<Long, List<Row>> byCard = new LinkedHashMap<>();
    for (Row row : rows) {
      byCard.computeIfAbsent(row.card(), c -> new ArrayList<>()).add(row);
    }
    List<Card> cards = new ArrayList<>();
    for (List<Row> reviews : byCard.values()) {
      reviews.sort(Comparator.comparingLong(Row::time));
      cards.add(new Card(reviews.get(0).card(), history(reviews)));
    }
    return cards;
  }

  /** One line of a revlog, without its line break. */
  public static String line(long card, long time, int rating, int state, long durationMs) {
    return card + "," + time + "," + rating + "," + state + "," + durationMs;
  }

  private static Row parse(String source, String line, int number, List<Problem> problems) {
    String[] fields = line.split(",", -1);
    if (fields.length != 5) {
      problems.add(
          problem(source, number, 1, "expected 5 fields (" + HEADER + "), found " + fields.length));
      return null;
    }
    long[] values = new long[3];
    int column = 1;
    for (int f = 0; f < 3; f++) {
      try {
        values[f] = Long.parseLong(fields[f].trim());
      } catch (NumberFormatException e) {
        problems.add(
            problem(
                source,
                number,
                column,
                HEADER.split(",")[f]
                    + " must be a whole number, found '"
                    + shown(fields[f])
                    + "'"));
        return null;
      }
      column += fields[f].length() + 1;
    }
    if (values[2] < 1 || values[2] > 4) {
      int at = fields[0].length() + fields[1].length() + 3;
      problems.add(
          problem(
              source,
              number,
              at,
              "review_rating must be 1 (Again) to 4 (Easy), found " + values[2]));
      return null;
    }
    return new Row(values[0], values[1], (int) values[2], number);
  }

  private static CardHistory history(List<Row> reviews) {
    int[] grades = new int[reviews.size()];
    int[] days = new int[reviews.size()];
    for (int i = 0; i < grades.length; i++) {
      grades[i] = reviews.get(i).rating();
      days[i] = (int) Math.floorDiv(reviews.get(i).time(), DAY_MS);
    }
    return new CardHistory(grades, days);
  }

  /**
   * A field as it may be shown: control characters made visible, at most 41 code points, the last
   * an ellipsis when cut.
   */
  private static String shown(String field) {
    String visible =
        field
            .codePoints()
            .mapToObj(
                c ->
                    Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c))
            .reduce("", String::concat);
    return Shorten.to(visible, 41);
  }

  private static Problem problem(String source, int line, int column, String message) {
    return new Problem(source, line, column, Problem.Severity.ERROR, "revlog", message);
  }
}
