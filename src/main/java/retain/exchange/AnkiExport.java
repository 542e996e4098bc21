package retain.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Deck;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.text.Csv;

/**
 * A deck in Anki's plain-text import format (Anki 2.1.55+ file headers, docs.ankiweb.net "Importing
 * › Text Files › File Headers"): one note per card, tab-separated, with the note type, deck, tags
 * and a GUID in their own columns, so that importing the file again updates the notes in place.
 * Cloze cards become Cloze notes; every other card a Basic note.
 */
public final class AnkiExport {

  /** The header lines, naming the columns that are not note fields. */
  static final List<String> HEADER =
      List.of(
          "#separator:tab",
          "#html:false",
          "#notetype column:1",
          "#deck column:2",
          "#tags column:5",
          "#guid column:6");

  /** Tags that carry what Anki has no field for, read back by {@link AnkiImport}. */
  static final String TYPE_TAG = "retain::";

  static final String TOPIC_TAG = "topic::";

  /** The card's and the deck's ids, so an import keeps them and with them the progress. */
  static final String ID_TAG = "retain-id::";

  static final String DECK_TAG = "retain-deck::";

  private AnkiExport() {}

  /** The file's text, one line per header and per note, each ended by a newline. */
  public static String write(Deck deck) {
    StringBuilder out = new StringBuilder();
    HEADER.forEach(line -> out.append(line).append('\n'));
    for (Card card : deck.cards()) {
      Faces faces = card.accept(new NoteFaces());
      String extra = card.meta().explain().orElse("");
      String back =
          faces.cloze() ? extra : extra.isEmpty() ? faces.back() : faces.back() + "\n\n" + extra;
      List<String> row =
          List.of(
              faces.cloze() ? "Cloze" : "Basic",
              deck.title(),
              faces.front(),
              back,
              tags(deck.id(), card),
              guid(deck.id(), card.id()));
      out.append(Csv.row(row, '\t')).append('\n');
    }
    return out.toString();
  }

  /** {@code {{c1::answer}}} for each blank in turn; alternatives have no place in Anki's cloze. */
  static String clozeText(ClozeCard card) {
    Matcher matcher = ClozeCard.BLANK.matcher(card.text());
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (matcher.find()) {
      String answer = card.blanks().get(n++).answer();
      matcher.appendReplacement(text, Matcher.quoteReplacement("{{c" + n + "::" + answer + "}}"));
    }
    return matcher.appendTail(text).toString();
  }

  /**
   * The two sides of a card's note: a Cloze note's text, or a Basic note's question and answer.
   *
   * @param back the answer, without the explanation; empty on a Cloze note
   */
  private record Faces(boolean cloze, String front, String back) {
    static Faces basic(Card card, String back) {
      return new Faces(false, card.prompt(), back);
    }
  }

  private static final class NoteFaces implements Card.Visitor<Faces> {

    @Override
    public Faces visit(ShortCard card) {
      return Faces.basic(card, card.answer());
    }

    @Override
    public Faces visit(ChoiceCard card) {
      return new Faces(false, AnkiLayout.front(card), card.answer());
    }

    @Override
    public Faces visit(MultiCard card) {
      return new Faces(false, AnkiLayout.front(card), AnkiLayout.back(card));
    }

    @Override
    public Faces visit(TrueFalseCard card) {
      return Faces.basic(card, String.valueOf(card.answer()));
    }

    @Override
    public Faces visit(NumericCard card) {
      return Faces.basic(
          card,
          CardFields.plain(card.answer()).toPlainString()
              + card.unit().map(unit -> " " + unit).orElse("")
              + CardFields.tolerance(card.tolerance()).map(t -> " (± " + t + ")").orElse(""));
    }

    @Override
    public Faces visit(DateCard card) {
      return Faces.basic(card, card.answer().iso());
    }

    @Override
    public Faces visit(ClozeCard card) {
      return new Faces(true, clozeText(card), "");
    }

    @Override
    public Faces visit(OrderCard card) {
      return new Faces(false, AnkiLayout.front(card), AnkiLayout.back(card));
    }

    @Override
    public Faces visit(MatchCard card) {
      return new Faces(false, AnkiLayout.front(card), AnkiLayout.back(card));
    }
  }

  /** The card's tags (spaces become underscores), its topic, its type and the ids. */
  private static String tags(String deckId, Card card) {
    List<String> tags = new ArrayList<>();
    card.meta().tags().forEach(tag -> tags.add(tag.strip().replaceAll("\\s+", "_")));
    card.meta().topic().ifPresent(topic -> tags.add(TOPIC_TAG + topic));
    tags.add(TYPE_TAG + card.type().key());
    tags.add(ID_TAG + card.id());
    tags.add(DECK_TAG + deckId);
    return String.join(" ", tags);
  }

  /** A stable GUID from the deck and card ids: the same card always updates the same note. */
  static String guid(String deck, String card) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("retain:" + deck + "/" + card).getBytes(StandardCharsets.UTF_8));
      return "retain-" + HexFormat.of().formatHex(digest, 0, 8).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
