package retain.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes cards from the sentences of a source: a {@code date} card for a date with its year, a
 * {@code numeric} card for an amount of money, a percentage or a count, a {@code short} card for a
 * name that opens a sentence, and a {@code cloze} card for a quoted term, a day without its year,
 * or a rare name. Each answer is taken from its sentence, and each question hides it.
 */
public final class Drafter {

  /** At most this many cards from one sentence, so that a long sentence does not flood a draft. */
  private static final int PER_SENTENCE = 3;

  private static final String GAP = "___";

  private static final Pattern FULL_DATE =
      Pattern.compile("\\b(\\d{1,2}) " + Names.MONTH + " (\\d{4})\\b");

  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + Names.MONTH + " (\\d{4})\\b");

  private static final Pattern DAY =
      Pattern.compile("\\b\\d{1,2}(?:[-–]\\d{1,2})? " + Names.MONTH + "\\b");

  private static final Pattern MONEY = Pattern.compile("([$€£])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\b");

  private static final Pattern PERCENT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)%");

  /** A count: a small number before the noun it counts, not a year or part of a date. */
  private static final Pattern COUNT =
      Pattern.compile("(?<![\\d.,$€£-])\\b\\d{1,3}\\b(?![%.,]\\d)(?= \\p{Ll})");

  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,40})[”\"]");

  private final Names names;

  private Drafter(Names names) {
    this.names = names;
  }

  /** The cards proposed from {@code source}, in reading order. */
  public static List<DraftCard> draft(SourceText source) {
    Drafter drafter = new Drafter(Names.of(source));
    List<DraftCard> cards = new ArrayList<>();
    for (Sentence sentence : source.sentences()) {
      cards.addAll(drafter.cards(sentence).stream().limit(PER_SENTENCE).toList());
    }
    return List.copyOf(cards);
  }

  private List<DraftCard> cards(Sentence sentence) {
    String text = sentence.text();
    List<DraftCard> cards = new ArrayList<>();
    Matcher full = FULL_DATE.matcher(text);
    while (full.find()) {
      String iso =
          String.format(
              "%s-%02d-%02d",
              full.group(3), Names.month(full.group(2)), Integer.parseInt(full.group(1)));
      cards.add(question(sentence, "date", "On what date", full, iso, Optional.empty()));
    }
    Matcher monthYear = MONTH_YEAR.matcher(text);
    while (monthYear.find()) {
      boolean hasDay = text.substring(0, monthYear.start()).matches("(?s).*\\b\\d{1,2} ");
      if (!hasDay) {
        String iso = String.format("%s-%02d", monthYear.group(2), Names.month(monthYear.group(1)));
        cards.add(
            question(
                sentence, "date", "In which month and year", monthYear, iso, Optional.empty()));
      }
    }
    Matcher day = DAY.matcher(text);
    while (day.find()) {
      if (!text.substring(day.end()).matches(" \\d{4}\\b.*")) {
        cards.add(cloze(sentence, day.start(), day.end()));
      }
    }
    Matcher money = MONEY.matcher(text);
    while (money.find()) {
      String unit = money.group(1);
      cards.add(
          question(
              sentence,
              "numeric",
              "How much (" + unit + ")",
              money,
              Terms.number(money.group(2)),
              Optional.of(unit)));
    }
    Matcher percent = PERCENT.matcher(text);
    while (percent.find()) {
      cards.add(
          question(
              sentence,
              "numeric",
              "What percentage",
              percent,
              Terms.number(percent.group(1)),
              Optional.of("%")));
    }
    Matcher count = COUNT.matcher(text);
    while (count.find()) {
      cards.add(question(sentence, "numeric", "How many", count, count.group(), Optional.empty()));
    }
    Matcher quoted = QUOTED.matcher(text);
    while (quoted.find()) {
      cards.add(cloze(sentence, quoted.start(1), quoted.end(1)));
    }
    names
        .opening(text)
        .ifPresent(
            name ->
                cards.add(
                    new DraftCard(
                        sentence,
                        "short",
                        "Who or what "
                            + text.substring(name.length()).strip().replaceAll("[.!]$", "")
                            + "?",
                        name,
                        Optional.empty())));
    names.inside(text).forEach(span -> cards.add(cloze(sentence, span[0], span[1])));
    return cards;
  }

  private static DraftCard question(
      Sentence sentence,
      String type,
      String ask,
      Matcher found,
      String answer,
      Optional<String> unit) {
    String text = sentence.text();
    String gapped = text.substring(0, found.start()) + GAP + text.substring(found.end());
    return new DraftCard(sentence, type, ask + "? " + gapped, answer, unit);
  }

  private static DraftCard cloze(Sentence sentence, int start, int end) {
    String text = sentence.text();
    String answer = text.substring(start, end);
    String marked = text.substring(0, start) + "{{" + answer + "}}" + text.substring(end);
    return new DraftCard(sentence, "cloze", marked, answer, Optional.empty());
  }
}
