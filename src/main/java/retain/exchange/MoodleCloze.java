package retain.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import retain.deck.ClozeCard;

/**
 * Moodle's embedded answers (the "cloze" question type): each blank written {@code
 * {1:SHORTANSWER:=answer~=alternative}} in the text, with {@code } # ~ / " \} escaped by a
 * backslash inside it (Moodle docs, "Embedded Answers (Cloze) question type").
 */
final class MoodleCloze {

  private static final Pattern EMBEDDED =
      Pattern.compile("\\{(\\d*):([A-Za-z_]+):((?:\\\\.|[^\\\\}])*)\\}");
  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
  private static final String SPECIAL = "}#~/\"\\";

  /**
   * A cloze text read back: retain's {{blank}} text and what did not fit.
   *
   * @param usable false when a blank has no full-mark answer, so the text cannot become a card
   */
  record Read(String text, List<String> losses, boolean usable) {}

  private MoodleCloze() {}

  static String write(ClozeCard card) {
    Matcher matcher = ClozeCard.BLANK.matcher(card.text());
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (matcher.find()) {
      ClozeCard.Blank blank = card.blanks().get(n++);
      List<String> answers = new ArrayList<>();
      answers.add(blank.answer());
      answers.addAll(blank.accept());
      matcher.appendReplacement(text, Matcher.quoteReplacement(embedded(answers)));
    }
    return matcher.appendTail(text).toString();
  }

  /** One embedded short-answer question whose answers all earn full marks. */
  static String embedded(List<String> answers) {
    return answers.stream()
        .map(answer -> "=" + escape(answer))
        .collect(Collectors.joining("~", "{1:SHORTANSWER:", "}"));
  }

  /**
   * Each embedded question becomes a blank of its full-mark answers; a multiple-choice one keeps
   * its right answer only, and partly right answers are dropped, each said in {@code losses}.
   */
  static Read read(String text) {
    List<String> losses = new ArrayList<>();
    Matcher matcher = EMBEDDED.matcher(text);
    StringBuilder out = new StringBuilder();
    int n = 0;
    boolean usable = true;
    while (matcher.find()) {
      n++;
      String type = matcher.group(2).toUpperCase(Locale.ROOT);
      List<String> full = new ArrayList<>();
      for (String answer : split(matcher.group(3), '~')) {
        String body = answer.strip();
        if (body.isEmpty()) {
          continue;
        }
        boolean right = body.startsWith("=");
        Matcher weight = WEIGHT.matcher(body);
        if (!right && weight.find()) {
          right = Double.parseDouble(weight.group(1)) >= 100;
          if (!right && Double.parseDouble(weight.group(1)) > 0) {
            losses.add("blank " + n + ": partly right answer dropped");
          }
          body = body.substring(weight.end());
        } else if (right) {
          body = body.substring(1);
        }
        String answerText = unescape(split(body, '#').get(0)).strip();
        if (type.startsWith("NUMERICAL") || type.equals("NM")) {
          answerText = answerText.replaceFirst(":.*$", "");
        }
        if (right) {
          full.add(answerText.replace("|", "/"));
        }
      }
      if (type.startsWith("MULTICHOICE")
          || type.startsWith("MC")
          || type.startsWith("MULTIRESPONSE")) {
        losses.add("blank " + n + ": choices dropped, the right one kept");
      }
      if (full.isEmpty()) {
        losses.add("blank " + n + ": no answer worth full marks");
        usable = false;
      }
      matcher.appendReplacement(
          out, Matcher.quoteReplacement("{{" + String.join("|", full) + "}}"));
    }
    return new Read(matcher.appendTail(out).toString(), losses, usable);
  }

  private static String escape(String answer) {
    StringBuilder out = new StringBuilder();
    answer
        .codePoints()
        .forEach(
            c -> {
              if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\(.)", "$1");
  }

  /** Splits at unescaped {@code separator}s, keeping the escapes for later. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        part.append(c).append(text.charAt(++i));
      } else if (c == separator) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
