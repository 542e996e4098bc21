package retain.deck;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day.
 *
 * @param date the date, with the unknown parts set to 1
 * @param precision how much of it is known
 */
public record PartialDate(LocalDate date, Precision precision) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    boolean padded =
        switch (precision) {
          case YEAR -> date.getDayOfYear() == 1;
          case MONTH -> date.getDayOfMonth() == 1;
          case DAY -> true;
        };
    if (!padded) {
      throw new IllegalArgumentException(
          "a date of " + precision + " precision must have its unknown parts set to 1: " + date);
    }
  }

  /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is not one. */
  public static Optional<PartialDate> parseIso(String text) {
    var match = ISO.matcher(text.strip());
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(match.group(1));
      if (year < 1) {
        return Optional.empty(); // year 0 shows as 0001 (year of era) and could never be answered
      }
      if (match.group(2) == null) {
        return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR));
      }
      int month = Integer.parseInt(match.group(2));
      if (match.group(3) == null) {
        return Optional.of(new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH));
      }
      return Optional.of(
          new PartialDate(
              LocalDate.of(year, month, Integer.parseInt(match.group(3))), Precision.DAY));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  /** Whether {@code other}, known at least as precisely, falls within this date. */
  public boolean contains(PartialDate other) {
    if (other.precision.compareTo(precision) < 0) {
      return false;
    }
    return switch (precision) {
      case YEAR -> other.date.getYear() == date.getYear();
      case MONTH ->
          other.date.getYear() == date.getYear() && other.date.getMonth() == date.getMonth();
      case DAY -> other.date.equals(date);
    };
  }

  /** For people: {@code 2022}, {@code December 2022} or {@code 19 December 2022}. */
  public String display() {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (precision) {
      case YEAR -> String.valueOf(date.getYear());
      case MONTH -> month + " " + date.getYear();
      case DAY -> date.getDayOfMonth() + " " + month + " " + date.getYear();
    };
  }

  /** As a deck writes it: {@code 2022}, {@code 2022-12} or {@code 2022-12-19}. */
  public String iso() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
    };
  }
}
