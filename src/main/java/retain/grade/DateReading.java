package retain.grade;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.deck.PartialDate;
import retain.deck.PartialDate.Precision;
import retain.text.EditDistance;

/**
 * A date read from a typed answer (design §2, {@code date}): ISO ({@code 2022}, {@code 2022-12},
 * {@code 2022-12-19}), {@code 2022/12/19}, words ({@code 19 December 2022}, {@code 19th Dec. 2022},
 * {@code Dec 19, 2022}, {@code December 2022}), and day-first digits ({@code 19.12.2022}, {@code
 * 19/12/2022}, {@code 19-12-2022}, {@code 12/2022}).
 *
 * @param date the date, as precise as the text
 * @param note how an all-digit date was read, for the feedback, or empty when no reading was needed
 */
record DateReading(PartialDate date, Optional<String> note) {

  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[./](\\d{1,2})[./](\\d{1,2})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{4})");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final List<String> FILLERS = List.of("the", "of");

  /** The date in the text, or empty when it is not one. */
  static Optional<DateReading> parse(String text) {
    String given =
        TextNormalizer.normalize(text.length() > 100 ? "" : text).replaceFirst("^(?:in|on) ", "");
    Optional<PartialDate> iso = PartialDate.parseIso(given);
    if (iso.isPresent()) {
      return Optional.of(new DateReading(iso.get(), Optional.empty()));
    }
    Matcher match;
    if ((match = YEAR_FIRST.matcher(given)).matches()) {
      return day(number(match, 1), number(match, 2), number(match, 3)).map(DateReading::plain);
    }
    if ((match = DAY_FIRST.matcher(given)).matches()) {
      return dayFirst(given, number(match, 3), number(match, 2), number(match, 1));
    }
    if ((match = MONTH_YEAR.matcher(given)).matches()) {
      return month(number(match, 2), number(match, 1)).map(date -> read(given, date, ""));
    }
    return words(given);
  }

  /**
   * Day first, as most of the world writes it; month first only when day first is no date ({@code
   * 12/19/2022}), and the note says which reading was taken.
   */
  private static Optional<DateReading> dayFirst(String given, int year, int second, int first) {
    Optional<PartialDate> dayFirst = day(year, second, first);
    if (dayFirst.isPresent()) {
      return dayFirst.map(date -> read(given, date, ""));
    }
    return day(year, first, second).map(date -> read(given, date, " (month first)"));
  }

  /** {@code 19 December 2022}, {@code December 19 2022}, {@code December 2022}. */
  private static Optional<DateReading> words(String given) {
    List<String> tokens =
        Arrays.stream(given.split("[\\s,]+")).filter(token -> !FILLERS.contains(token)).toList();
    if (tokens.size() == 2 && YEAR.matcher(tokens.get(1)).matches()) {
      return monthNamed(tokens.get(0))
          .flatMap(month -> month(number(tokens.get(1)), month))
          .map(DateReading::plain);
    }
    if (tokens.size() != 3 || !YEAR.matcher(tokens.get(2)).matches()) {
      return Optional.empty();
    }
    int year = number(tokens.get(2));
    Matcher dayFirst = DAY.matcher(tokens.get(0));
    if (dayFirst.matches()) {
      return monthNamed(tokens.get(1))
          .flatMap(month -> day(year, month, number(dayFirst, 1)))
          .map(DateReading::plain);
    }
    Matcher daySecond = DAY.matcher(tokens.get(1));
    if (daySecond.matches()) {
      return monthNamed(tokens.get(0))
          .flatMap(month -> day(year, month, number(daySecond, 1)))
          .map(DateReading::plain);
    }
    return Optional.empty();
  }

  /** A month by its English name or any abbreviation of three letters or more: {@code sept.}. */
  private static Optional<Integer> monthNamed(String token) {
    String name = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    if (name.length() < 3) {
      return Optional.empty();
    }
    Optional<Integer> abbreviated =
        Arrays.stream(Month.values())
            .filter(month -> fullName(month).startsWith(name))
            .map(Month::getValue)
            .findFirst();
    return abbreviated.or(() -> misspelled(name));
  }

  /** The one month whose full name is a typo away from a name of 4 letters or more: Decmber. */
  private static Optional<Integer> misspelled(String name) {
    List<Integer> near =
        Arrays.stream(Month.values())
            .filter(month -> name.length() >= 4)
            .filter(month -> EditDistance.atMost(name, fullName(month), 1) <= 1)
            .map(Month::getValue)
            .toList();
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  private static String fullName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }

  private static Optional<PartialDate> day(int year, int month, int day) {
    try {
      return Optional.of(new PartialDate(LocalDate.of(year, month, day), Precision.DAY));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDate> month(int year, int month) {
    try {
      return Optional.of(new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static DateReading plain(PartialDate date) {
    return new DateReading(date, Optional.empty());
  }

  private static DateReading read(String given, PartialDate date, String how) {
    return new DateReading(date, Optional.of("read " + given + " as " + date.display() + how));
  }

  private static int number(Matcher match, int group) {
    return number(match.group(group));
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
