package retain.exchange;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import retain.deck.PartialDate;

/**
 * The usual written forms of a date, ISO first: what a Moodle short-answer question must list
 * because it compares texts, where retain reads the date itself.
 */
final class DateForms {

  private DateForms() {}

  static List<String> of(PartialDate date) {
    int year = date.date().getYear();
    int month = date.date().getMonthValue();
    int day = date.date().getDayOfMonth();
    String full = date.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String abbreviated = date.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return switch (date.precision()) {
      case YEAR -> List.of(date.iso());
      case MONTH ->
          List.of(
              date.iso(),
              full + " " + year,
              abbreviated + " " + year,
              month + "/" + year,
              String.format(Locale.ROOT, "%02d.%d", month, year));
      case DAY ->
          List.of(
              date.iso(),
              day + " " + full + " " + year,
              full + " " + day + ", " + year,
              day + " " + abbreviated + " " + year,
              abbreviated + " " + day + ", " + year,
              String.format(Locale.ROOT, "%02d.%02d.%d", day, month, year),
              String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year));
    };
  }
}
