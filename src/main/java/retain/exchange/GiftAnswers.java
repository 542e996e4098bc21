package retain.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import retain.deck.MatchCard;
import retain.exchange.LmsQuestion.Kind;

/**
 * The answer set of a GIFT question, between its braces, read as Moodle's GIFT import reads it:
 * empty is an essay, {@code #} starts a numerical one, a {@code ~} makes it multiple choice, {@code
 * =} with {@code ->} matching, {@code T}/{@code F} true-false, and {@code =} answers short answer.
 * {@code ####} starts the general feedback, {@code #} an answer's feedback, {@code %50%} a weight.
 */
final class GiftAnswers {

  private static final Pattern INDENT = Pattern.compile("\n[ \t]+");
  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

  /** An answer set that cannot be read, with the index in the source where it goes wrong. */
  static final class Invalid extends RuntimeException {
    final int at;

    Invalid(int at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** One answer between markers: the marker ({@code = ~}) and where its text runs. */
  private record Piece(char marker, int from, int end) {}

  /** A weight read from an answer, and where the rest of the answer starts. */
  private record Weighted(BigDecimal percent, int from) {}

  private final GiftSource source;
  private final UnaryOperator<String> plain;

  private GiftAnswers(GiftSource source, UnaryOperator<String> plain) {
    this.source = source;
    this.plain = plain;
  }

  /**
   * {@code base} with the kind, answers and feedback of the answer set in [from, end).
   *
   * @param plain turns a text of the question's format into plain text
   * @throws Invalid when the set cannot be read
   */
  static LmsQuestion read(
      LmsQuestion base, GiftSource source, int from, int end, UnaryOperator<String> plain) {
    return new GiftAnswers(source, plain).read(base, from, end);
  }

  private LmsQuestion read(LmsQuestion base, int from, int end) {
    String feedback = "";
    int general = source.findLast("####", from, end);
    if (general >= 0) {
      feedback = text(general + 4, end);
      end = general;
    }
    while (from < end && Character.isWhitespace(source.text().charAt(from))) {
      from++;
    }
    while (end > from && Character.isWhitespace(source.text().charAt(end - 1))) {
      end--;
    }
    LmsQuestion typed = typed(base, from, end);
    return typed.withHelp(feedback, typed.hint(), typed.tags());
  }

  private LmsQuestion typed(LmsQuestion base, int from, int end) {
    if (from == end) {
      return base.as(Kind.ESSAY);
    }
    if (source.find('#', from) == from) {
      return base.as(Kind.NUMERICAL).withAnswers(numbers(from + 1, end), true);
    }
    if (source.find("~", from, end) >= 0) {
      List<LmsAnswer> answers = new ArrayList<>();
      for (Piece piece : pieces(from, end, "~=")) {
        answers.add(answer(piece, piece.marker() == '=' ? LmsAnswer.FULL : BigDecimal.ZERO));
      }
      if (answers.size() < 2) {
        throw new Invalid(from, "a multiple-choice question needs at least two answers");
      }
      boolean single = source.find("=", from, end) >= 0;
      return base.as(Kind.MULTICHOICE).withAnswers(answers, single);
    }
    if (source.find("=", from, end) >= 0 && source.find("->", from, end) >= 0) {
      return base.as(Kind.MATCHING).withPairs(pairs(from, end));
    }
    int hash = source.find('#', from);
    String statement = source.slice(from, hash < 0 || hash > end ? end : hash).strip();
    if (TRUE_FALSE.contains(statement)) {
      boolean truth = statement.startsWith("T");
      List<String> feedback = new ArrayList<>();
      if (hash >= 0 && hash < end) {
        source.split('#', hash + 1, end).stream()
            .map(piece -> text(piece[0], piece[1]))
            .filter(text -> !text.isEmpty())
            .forEach(feedback::add);
      }
      LmsAnswer answer =
          new LmsAnswer(
              String.valueOf(truth), LmsAnswer.FULL, BigDecimal.ZERO, String.join("\n", feedback));
      return base.as(Kind.TRUEFALSE).withAnswers(List.of(answer), true);
    }
    if (source.find('=', from) == from) {
      List<LmsAnswer> answers = new ArrayList<>();
      pieces(from, end, "=").forEach(piece -> answers.add(answer(piece, LmsAnswer.FULL)));
      return base.as(Kind.SHORTANSWER).withAnswers(answers, true);
    }
    throw new Invalid(
        from,
        "unknown question type: answers start with = (right), ~ (wrong) or # (numerical), or are"
            + " T or F; found '"
            + source.slice(from, Math.min(end, from + 20))
            + "'");
  }

  /** The answers after each marker; text before the first marker must be blank. */
  private List<Piece> pieces(int from, int end, String markers) {
    List<Piece> pieces = new ArrayList<>();
    int start = -1;
    char marker = 0;
    for (int i = from; i <= end; i++) {
      boolean separator =
          i < end
              && markers.indexOf(source.text().charAt(i)) >= 0
              && source.find(source.text().charAt(i), i) == i;
      if (i == end || separator) {
        if (start >= 0) {
          pieces.add(new Piece(marker, start, i));
        } else if (!source.slice(from, i).isBlank()) {
          throw new Invalid(from, "answer text before the first = or ~");
        }
        if (i < end) {
          marker = source.text().charAt(i);
          start = i + 1;
        }
      }
    }
    return pieces;
  }

  /** An answer with its optional {@code %weight%} and {@code #feedback}. */
  private LmsAnswer answer(Piece piece, BigDecimal unweighted) {
    Weighted weighted = weight(piece, unweighted);
    int hash = source.find('#', weighted.from());
    boolean hasFeedback = hash >= 0 && hash < piece.end();
    String text = text(weighted.from(), hasFeedback ? hash : piece.end());
    String feedback = hasFeedback ? text(hash + 1, piece.end()) : "";
    return new LmsAnswer(text, weighted.percent(), BigDecimal.ZERO, feedback);
  }

  /** The {@code %weight%} at the start of a piece, if any, and where the answer follows it. */
  private Weighted weight(Piece piece, BigDecimal unweighted) {
    int start = skipSpace(piece.from(), piece.end());
    if (start == piece.end() || source.text().charAt(start) != '%') {
      return new Weighted(unweighted, piece.from());
    }
    int close = source.find('%', start + 1);
    if (close < 0 || close > piece.end()) {
      throw new Invalid(start, "a weight is written %50%; the closing % is missing");
    }
    return new Weighted(decimal(start + 1, close, "weight"), close + 1);
  }

  private List<MatchCard.Pair> pairs(int from, int end) {
    List<MatchCard.Pair> pairs = new ArrayList<>();
    for (Piece piece : pieces(from, end, "=")) {
      int arrow = source.find("->", piece.from(), piece.end());
      if (arrow < 0) {
        throw new Invalid(piece.from(), "a matching pair is written =left -> right");
      }
      pairs.add(new MatchCard.Pair(text(piece.from(), arrow), text(arrow + 2, piece.end())));
    }
    if (pairs.size() < 2) {
      throw new Invalid(from, "a matching question needs at least two pairs");
    }
    return pairs;
  }

  /** {@code 1822}, {@code 1822:2}, {@code 3.141..3.142}, or several {@code =%50%1822:2#...}. */
  private List<LmsAnswer> numbers(int from, int end) {
    if (source.find("=", from, end) < 0) {
      int hash = source.find('#', from);
      boolean hasFeedback = hash >= 0 && hash < end;
      LmsAnswer value = number(from, hasFeedback ? hash : end, LmsAnswer.FULL);
      String feedback = hasFeedback ? text(hash + 1, end) : "";
      return List.of(new LmsAnswer(value.text(), value.percent(), value.tolerance(), feedback));
    }
    List<LmsAnswer> answers = new ArrayList<>();
    for (Piece piece : pieces(from, end, "=")) {
      Weighted weighted = weight(piece, LmsAnswer.FULL);
      int hash = source.find('#', weighted.from());
      boolean hasFeedback = hash >= 0 && hash < piece.end();
      LmsAnswer value =
          number(weighted.from(), hasFeedback ? hash : piece.end(), weighted.percent());
      String feedback = hasFeedback ? text(hash + 1, piece.end()) : "";
      answers.add(new LmsAnswer(value.text(), value.percent(), value.tolerance(), feedback));
    }
    return answers;
  }

  private LmsAnswer number(int from, int end, BigDecimal percent) {
    int range = source.find("..", from, end);
    if (range >= 0) {
      BigDecimal low = decimal(from, range, "number");
      BigDecimal high = decimal(range + 2, end, "number");
      BigDecimal half = high.subtract(low).abs().divide(BigDecimal.valueOf(2));
      BigDecimal middle = low.min(high).add(half);
      return new LmsAnswer(
          CardFields.plain(middle).toPlainString(), percent, CardFields.plain(half), "");
    }
    int colon = source.find(':', from);
    boolean tolerant = colon >= 0 && colon < end;
    BigDecimal value = decimal(from, tolerant ? colon : end, "number");
    BigDecimal tolerance = tolerant ? decimal(colon + 1, end, "tolerance") : BigDecimal.ZERO;
    return new LmsAnswer(
        CardFields.plain(value).toPlainString(), percent, CardFields.plain(tolerance.abs()), "");
  }

  private BigDecimal decimal(int from, int end, String what) {
    String written = source.slice(from, end).strip();
    try {
      return new BigDecimal(written);
    } catch (NumberFormatException notANumber) {
      throw new Invalid(
          skipSpace(from, end),
          "a numerical " + what + " must be a number such as 3.14; found '" + written + "'");
    }
  }

  private int skipSpace(int from, int end) {
    while (from < end && Character.isWhitespace(source.text().charAt(from))) {
      from++;
    }
    return from;
  }

  /** Plain text; the indentation of a text's continued lines is layout, not content. */
  private String text(int from, int end) {
    return INDENT.matcher(plain.apply(source.slice(from, end).strip())).replaceAll("\n").strip();
  }
}
