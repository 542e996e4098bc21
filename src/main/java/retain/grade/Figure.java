package retain.grade;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.deck.Bound;

/**
 * A typed answer to a numeric card cut into its parts (issue 12): a qualifier ({@code more than},
 * {@code about}, {@code >}), the number in digits or words, and the words of a unit around it
 * ({@code US$128.50}, {@code 2-year}, {@code 60 per cent}).
 *
 * @param qualifier what the qualifier says of the true value: {@link Bound#LOWER} for {@code more
 *     than}, {@link Bound#UPPER} for {@code less than}, {@link Bound#ABOUT}, or {@link Bound#EXACT}
 *     when there is none
 * @param number the number as {@link NumberReading} reads it, with any scale word
 * @param unit the words before and after the number
 */
record Figure(Bound qualifier, String number, String unit) {

  private static final Pattern MORE =
      Pattern.compile(
          "^(?:more than|greater than|over|above|at least|upwards of|in excess of|>=|≥|>)\\s*");
  private static final Pattern LESS =
      Pattern.compile("^(?:less than|fewer than|under|below|at most|up to|<=|≤|<)\\s*");
  private static final Pattern ABOUT =
      Pattern.compile(
          "^(?:about|around|approximately|approx\\.?|roughly|circa|ca\\.|some|nearly|almost|~|≈)\\s*");
  private static final Map<Pattern, Bound> QUALIFIERS =
      Map.of(MORE, Bound.LOWER, LESS, Bound.UPPER, ABOUT, Bound.ABOUT);
  private static final Pattern FILLER = Pattern.compile("^(?:for|in)\\s+");

  private static final Pattern PARTS =
      Pattern.compile(
          "(.*?)([+\\-−]?(?:[0-9][0-9 ,.']*|[.,][0-9]+)(?:\\s*(?:thousand|million|billion|trillion))?)"
              + "(?![0-9])(.*)");

  /** The parts of the text, or empty when it holds no number. */
  static Optional<Figure> read(String text) {
    String given =
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    given = FILLER.matcher(given).replaceFirst("");
    Bound qualifier = Bound.EXACT;
    for (Map.Entry<Pattern, Bound> entry : QUALIFIERS.entrySet()) {
      Matcher matcher = entry.getKey().matcher(given);
      if (matcher.lookingAt()) {
        qualifier = entry.getValue();
        given = given.substring(matcher.end());
        break;
      }
    }
    given = NumberWords.digits(given).replaceAll("(?<=[0-9])-(?=\\p{L})", " ");
    Matcher parts = PARTS.matcher(given);
    if (!parts.matches()) {
      return Optional.empty();
    }
    String number = parts.group(2).strip();
    String unit = (parts.group(1) + " " + parts.group(3)).strip();
    return Optional.of(new Figure(qualifier, number, unit));
  }

  /** Whether the qualifier agrees with what the card says its figure is. */
  boolean agreesWith(Bound bound) {
    return qualifier == Bound.EXACT || qualifier == Bound.ABOUT || qualifier == bound;
  }
}
