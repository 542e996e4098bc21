package retain.author;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of a text that can carry a fact: dates ({@code date:12-19}, {@code month:2020-08}),
 * numbers ({@code 128.5}, {@code 1000}, number words up to twelve) and words, each cut to its first
 * six letters so that "integration" and "integrate" meet. The commonest English words are left out.
 */
final class Terms {

  private static final List<String> MONTHS =
      List.of(
          ("january february march april may june july august september october november "
                  + " december")
              .split("\\s+"));

  private static final List<String> NUMBER_WORDS =
      List.of(
          ("zero one two three four five six seven eight nine ten eleven twelve").split("\\s+"));

  private static final String MONTH = "(" + String.join("|", MONTHS) + ")";

  /** 19 December 2022, 26-27 December, 3 December. */
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");

  /** August 2020. */
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s+(\\d{4})");

  /** 2022-12-19 or 2021-11, as deck files write dates. */
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?\\b");

  /** 1,000 or 128.50 or 60. */
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?\\b");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Set<String> COMMON_WORDS =
      Set.of(
          ("the and for against are was were with that this these those from which what who whom "
                  + " whose when where why how its their they them his her has have had been being "
                  + " will would can could should may might must not but also than then there into "
                  + " onto upon about after before over under such some any all both each other "
                  + " others more most less very even only own same does did done doing out our you "
                  + " your one ones among between within without while per via say says said "
                  + " according briefing pick apply true false")
              .split("\\s+"));

  private Terms() {}

  /** The terms of {@code text}, in the order they first occur. */
  static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    String rest = dates(plain(text), terms);
    Matcher number = NUMBER.matcher(rest);
    while (number.find()) {
      terms.add(number(number.group()));
    }
    Matcher word = WORD.matcher(rest);
    while (word.find()) {
      String w = word.group();
      int spelled = NUMBER_WORDS.indexOf(w);
      if (spelled >= 0) {
        terms.add(String.valueOf(spelled));
      } else if (w.length() >= 3 && !COMMON_WORDS.contains(w) && !MONTHS.contains(w)) {
        terms.add(w.length() > 6 ? w.substring(0, 6) : w);
      }
    }
    return terms;
  }

  /**
   * Adds the dates of {@code text} as terms (a day as {@code date:MM-DD}, a month of a year as
   * {@code month:YYYY-MM}, a year as its number) and returns the text with them blanked, so their
   * digits are not read again as numbers.
   */
  private static String dates(String text, Set<String> terms) {
    StringBuilder rest = new StringBuilder(text);
    Matcher day = DAY_MONTH.matcher(text);
    while (day.find()) {
      int month = MONTHS.indexOf(day.group(3)) + 1;
      terms.add(String.format("date:%02d-%02d", month, Integer.parseInt(day.group(1))));
      if (day.group(2) != null) {
        terms.add(String.format("date:%02d-%02d", month, Integer.parseInt(day.group(2))));
      }
      if (day.group(4) != null) {
        terms.add(day.group(4));
      }
      blank(rest, day);
    }
    Matcher monthYear = MONTH_YEAR.matcher(rest.toString());
    while (monthYear.find()) {
      int month = MONTHS.indexOf(monthYear.group(1)) + 1;
      terms.add(String.format("month:%s-%02d", monthYear.group(2), month));
      terms.add(monthYear.group(2));
      blank(rest, monthYear);
    }
    Matcher iso = ISO.matcher(rest.toString());
    while (iso.find()) {
      if (iso.group(3) != null) {
        terms.add("date:" + iso.group(2) + "-" + iso.group(3));
      } else {
        terms.add("month:" + iso.group(1) + "-" + iso.group(2));
      }
      terms.add(iso.group(1));
      blank(rest, iso);
    }
    return rest.toString();
  }

  private static void blank(StringBuilder text, Matcher match) {
    for (int i = match.start(); i < match.end(); i++) {
      text.setCharAt(i, ' ');
    }
  }

  /** A number without thousands separators or trailing zeros: 1,000 is 1000, 128.50 is 128.5. */
  static String number(String written) {
    String digits = written.replace(",", "");
    return digits.contains(".") ? digits.replaceAll("\\.?0+$", "") : digits;
  }

  /** Lower case without accents or apostrophes, so Lukashenka's and lukashenka meet. */
  private static String plain(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replace("’", "");
  }
}
