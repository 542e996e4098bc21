package retain.grade;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the words typed around a number name the card's unit (issue 12): in the singular or
 * plural, in British or American spelling, abbreviated or by a usual synonym ({@code %}, {@code
 * percent}, {@code per cent}, {@code pct}; {@code US$}, {@code USD}, {@code dollars}; {@code
 * years}, {@code yrs}; {@code m³}, {@code cubic metres}), or by the unit's head before {@code per}
 * ({@code USD} for {@code USD per 1,000 m³}), with at most one more word before it ({@code 28
 * integration programmes}).
 */
final class Units {

  /** Phrases read as one unit word, longest first where one contains another. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("per cent", "percent"),
          Map.entry("percentage", "percent"),
          Map.entry("pct", "percent"),
          Map.entry("%", "percent"),
          Map.entry("us dollars", "usd"),
          Map.entry("us dollar", "usd"),
          Map.entry("us$", "usd"),
          Map.entry("dollars", "usd"),
          Map.entry("dollar", "usd"),
          Map.entry("$", "usd"),
          Map.entry("euros", "eur"),
          Map.entry("euro", "eur"),
          Map.entry("cubic metres", "m3"),
          Map.entry("cubic meters", "m3"),
          Map.entry("cubic metre", "m3"),
          Map.entry("cubic meter", "m3"),
          Map.entry("thousand", "1000"),
          Map.entry("1,000", "1000"),
          Map.entry("yrs", "year"),
          Map.entry("yr", "year"));

  /** A card without a unit still takes a currency sign: {@code $128.50}, {@code €128.50}. */
  private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "rub");

  private static final List<String> LONGEST_FIRST =
      SYNONYMS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();

  private Units() {}

  /** Whether the typed unit words agree with the card's unit; no words always agree. */
  static boolean agree(String typed, Optional<String> unit) {
    List<String> given = words(typed);
    if (given.isEmpty()) {
      return true;
    }
    if (unit.isEmpty()) {
      return CURRENCIES.containsAll(given);
    }
    List<String> wanted = words(unit.get());
    int per = wanted.indexOf("per");
    List<String> head = per > 0 ? wanted.subList(0, per) : wanted;
    return given.equals(wanted)
        || given.equals(head)
        || (given.size() <= head.size() + 1
            && given.get(given.size() - 1).equals(head.get(head.size() - 1)));
  }

  private static List<String> words(String text) {
    String t =
        " "
            + Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace("$", " $ ")
                .replace("us $", "us$")
                .replace("%", " % ")
                .replace("€", " eur ")
                .replace("£", " gbp ")
                .replace("₽", " rub ")
            + " ";
    for (String phrase : LONGEST_FIRST) {
      t = t.replace(" " + phrase + " ", " " + SYNONYMS.get(phrase) + " ");
    }
    List<String> words = new ArrayList<>();
    for (String word : t.strip().split("\\s+")) {
      String w = Spelling.fold(word.replaceAll("[.,]+$", ""));
      if (!w.isEmpty()) {
        words.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return words;
  }
}
