package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retain.deck.Card;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.NumericCard;
import retain.deck.Tolerance;
import retain.stats.SeededHistory;
import retain.text.Quoted;
import retain.yaml.Loaded;
import retain.yaml.Problem;

class LmsImportTest {

  private static final Path SHIPPED = Path.of("decks/belarus-russia-2022.yaml");
  private static final Path FIXTURES = Path.of("src/test/resources/exchange");

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Deck lintClean(LmsImport.Result result) {
    assertThat(result.hasErrors()).as(result.problems().toString()).isFalse();
    Loaded<Deck> loaded = ImportedDecks.lint(result.deck().orElseThrow());
    assertThat(loaded.problems()).noneMatch(Problem::isError);
    return loaded.value().orElseThrow();
  }

  private static Map<String, Long> typeCounts(Deck deck) {
    return deck.cards().stream()
        .collect(Collectors.groupingBy(card -> card.type().key(), Collectors.counting()));
  }

  private static String rendered(LmsImport.Result result) {
    return result.problems().stream().map(Problem::render).collect(Collectors.joining("\n"));
  }

  private static Deck shipped() throws IOException {
    return DeckLoader.load(SHIPPED.toString(), Files.readAllBytes(SHIPPED)).value().orElseThrow();
  }

  /** A card's deck fields; a numeric card's tolerance as the absolute amount it allows. */
  private static Map<String, Object> fields(Card card) {
    Map<String, Object> fields = CardFields.of(card);
    if (card instanceof NumericCard number && number.tolerance() instanceof Tolerance.Relative r) {
      fields.put(
          "tolerance",
          CardFields.plain(number.answer().abs().multiply(r.percent()).movePointLeft(2)));
    }
    return fields;
  }

  private static void assertSameCards(Deck back, Deck original) {
    assertThat(back.cards()).hasSameSizeAs(original.cards());
    for (int i = 0; i < original.cards().size(); i++) {
      Map<String, Object> expected = fields(original.cards().get(i));
      // person: and bound: have no Moodle equivalent (docs/lms.md)
      expected.remove("person");
      expected.remove("bound");
      assertThat(fields(back.cards().get(i))).as(original.cards().get(i).id()).isEqualTo(expected);
    }
  }

  /** The deck exported to {@code format} and imported back. */
  private static Deck travelled(Deck original, String format) {
    LmsImport.Result back =
        format.equals("gift")
            ? LmsImport.fromGift(LmsExport.gift(original).text(), "d.gift", Optional.empty())
            : LmsImport.fromMoodleXml(
                LmsExport.moodleXml(original).text(), "d.xml", Optional.empty());
    return lintClean(back);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gift", "moodle-xml"})
  void shippedDeckTravelsAndComesBackWithEveryField(String format) throws IOException {
    Deck original = shipped();

    Deck back = travelled(original, format);

    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.items()).hasSameSizeAs(original.items());
    assertSameCards(back, original);
  }

  @Test
  void everyTypeFixtureLosesOnlyWhatTheWarningsSay() {
    Deck original = SeededHistory.deck();

    Deck gift = travelled(original, "gift");
    Deck xml = travelled(original, "moodle-xml");

    for (Deck back : List.of(gift, xml)) {
      Map<String, Card> byId =
          back.cards().stream().collect(Collectors.toMap(Card::id, Function.identity()));
      for (Card card : original.cards()) {
        Map<String, Object> expected = fields(card);
        // as the export's notes say, Moodle has no place for these
        expected.remove("typos");
        expected.remove("person");
        expected.remove("bound");
        if (back == gift) {
          expected.remove("shuffle");
        }
        assertThat(fields(byId.get(card.id()))).as(card.id()).isEqualTo(expected);
      }
    }
  }

  @Test
  void controlCharactersAndMarkupSurviveBothFormats() {
    String tricky = "a~b=c#d{e}f:g\\h <b>&amp;</b> \"q\" 'p' ]]>\nsecond line";
    String yaml =
        "id: t\ntitle: T\ncards:\n  - id: tricky\n    q: "
            + Quoted.yaml(tricky)
            + "\n    a: "
            + Quoted.yaml(tricky)
            + "\n    explain: "
            + Quoted.yaml(tricky)
            + "\n";
    Deck original =
        DeckLoader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).value().orElseThrow();

    Deck gift = travelled(original, "gift");
    Deck xml = travelled(original, "moodle-xml");

    assertThat(fields(gift.cards().get(0))).isEqualTo(fields(original.cards().get(0)));
    assertThat(fields(xml.cards().get(0))).isEqualTo(fields(original.cards().get(0)));
  }

  @Test
  void giftFixtureCoversEveryFeatureAndLintsClean() throws IOException {
    LmsImport.Result result =
        LmsImport.fromGift(
            read(FIXTURES.resolve("features.gift")), "features.gift", Optional.empty());

    Deck deck = lintClean(result);
    assertThat(deck.id()).isEqualTo("geography-drill");
    assertThat(typeCounts(deck))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "choice",
                6L,
                "short",
                7L,
                "truefalse",
                5L,
                "numeric",
                4L,
                "match",
                2L,
                "multi",
                2L));
    assertThat(rendered(result))
        .isEqualTo(
            """
            features.gift:75:1: warning: border-length: answer 'Ukraine' worth 50% left out: retain counts full marks only
            features.gift:91:1: warning: slavic-neighbours: weights differ from retain's scoring, (right − wrong picks) / right choices
            features.gift:99:1: warning: currency: answer 'ruble' worth 50% left out: retain counts full marks only
            features.gift:127:1: warning: essay (empty answers) skipped: retain has no card for it
            features.gift:130:1: warning: description (no answers) skipped: retain has no card for it""");
  }

  @Test
  void giftMapsEachMoodleFeatureToItsCardField() throws IOException {
    String yaml =
        LmsImport.fromGift(
                read(FIXTURES.resolve("features.gift")), "features.gift", Optional.empty())
            .yaml();

    assertThat(yaml)
        .contains(
            """
              - id: "minsk-stands-on-the-river"
                type: "choice"
                topic: "capitals"
                q: "Minsk stands on the _____ river."
                choices: ["Svislach", "Dnieper", "Neman"]
                a: "Svislach"
            """,
            """
              - id: "what-share-of-belarus-is-forest-in-percent"
                type: "numeric"
                topic: "numbers"
                q: "What share of Belarus is forest, in percent?"
                a: 40
                tolerance: 1
            """,
            """
              - id: "highest-point"
                type: "choice"
                topic: "style"
                q: "What is the highest point of Belarus?"
                choices: ["Hoverla", "Dzyarzhynskaya Hara", "Gaiziņkalns"]
                a: "Dzyarzhynskaya Hara"
                explain: "Belarus is flat: its highest point is only 345 m above sea level.\\nHoverla: That is in Ukraine.\\nDzyarzhynskaya Hara: Right: 345 m.\\nGaiziņkalns: That is in Latvia."
            """,
            """
              - id: "baltic-neighbours"
                type: "multi"
                topic: "style"
                q: "Which neighbours of Belarus are Baltic states?"
                choices: ["Lithuania", "Latvia", "Poland", "Ukraine"]
                a: ["Lithuania", "Latvia"]
            """,
            """
              - id: "escapes"
                type: "choice"
                topic: "style"
                q: "Which sign joins a key and a value in an ini file: = or ~?"
                choices: ["=", "~", "#", "{ and }", "\\\\"]
                a: "="
            """,
            "    q: \"Which river flows through Minsk?\\nName it.\"\n",
            "    q: \"Which city is furthest west?\"\n",
            "    q: \"Is 2 < 3 & 3 > 2 true in Belarus?\"\n",
            "    q: \"Which Belarusian city\\nhosts the annual Slavianski Bazaar\\nfestival?\"\n",
            """
                q: "Brest is in the north of Belarus."
                a: false
                explain: "false: It lies in the south-west, on the Polish border.\\nRight."
            """);
  }

  @Test
  void reimportingTheSameFileGivesTheSameIds() throws IOException {
    String gift = read(FIXTURES.resolve("features.gift"));

    assertThat(LmsImport.fromGift(gift, "features.gift", Optional.empty()).yaml())
        .isEqualTo(LmsImport.fromGift(gift, "features.gift", Optional.empty()).yaml());
  }

  @Test
  void moodleXmlFixtureWithEveryStandardTypeImports() throws IOException {
    LmsImport.Result result =
        LmsImport.fromMoodleXml(
            read(FIXTURES.resolve("bank.xml")), "bank.xml", Optional.of("rivers"));

    Deck deck = lintClean(result);
    assertThat(typeCounts(deck))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "choice", 1L,
                "multi", 1L,
                "truefalse", 1L,
                "short", 1L,
                "numeric", 1L,
                "match", 1L,
                "order", 1L,
                "cloze", 1L));
    assertThat(rendered(result))
        .isEqualTo(
            """
            bank.xml:63:32: warning: Longest river: answer 'Dniepr' worth 50% left out: retain counts full marks only
            bank.xml:84:29: warning: Rivers and seas: extra wrong answers dropped
            bank.xml:103:26: warning: Minsk rivers: blank 2: choices dropped, the right one kept
            bank.xml:108:26: warning: essay question skipped: retain has no card for it
            bank.xml:112:32: warning: description question skipped: retain has no card for it
            bank.xml:116:37: warning: calculatedsimple question skipped: retain has no card for it
            bank.xml:120:27: warning: ddwtos question skipped: retain has no card for it""");
    assertThat(result.yaml())
        .contains(
            """
              - id: "svislach"
                type: "choice"
                topic: "rivers"
                tags: ["rivers", "minsk"]
                q: "Which river flows through Minsk?"
                choices: ["Svislach", "Neman", "Dnieper"]
                a: "Svislach"
                hint: "It is not one of the big three."
                explain: "The Svislach is a tributary of the Berezina.\\nSvislach: Right."
            """,
            """
                topic: "numbers-names"
                q: "How long is the Neman river?"
                a: 937
                tolerance: 10
                unit: "km"
            """,
            "    text: \"Minsk lies on the {{Svislach|Svisloch}} and the {{Nyamiha}}.\"\n",
            "    items: [\"Dnieper\", \"Neman\", \"Svislach\"]\n");
  }

  @Test
  void giftErrorsPointAtTheirLineAndColumnAndGiveNoDeck() {
    String gift =
        """
        Which city?{=Minsk

        ::second::Which river?}=Svislach{

        Which lake? {Naroch}

        Two sets {=a} and {=b}

        How long? {#long}
        """;

    LmsImport.Result result = LmsImport.fromGift(gift, "bad.gift", Optional.empty());

    assertThat(result.yaml()).isEmpty();
    assertThat(rendered(result))
        .isEqualTo(
            """
            bad.gift:1:12: error: unclosed '{': the answers need a closing '}'
            bad.gift:3:23: error: '}' without an opening '{' (write \\} for a brace in the text)
            bad.gift:5:14: error: unknown question type: answers start with = (right), ~ (wrong) or # (numerical), or are T or F; found 'Naroch'
            bad.gift:7:19: error: a second '{': a question has one set of answers (write \\{ for a brace)
            bad.gift:9:13: error: a numerical number must be a number such as 3.14; found 'long'""");
  }

  @Test
  void invalidXmlIsLocated() {
    LmsImport.Result result =
        LmsImport.fromMoodleXml(
            "<quiz>\n  <question type=\"truefalse\">\n</quiz>\n", "bad.xml", Optional.empty());

    assertThat(result.yaml()).isEmpty();
    assertThat(rendered(result)).startsWith("bad.xml:3:3: error: invalid XML: ");
  }

  @Test
  void unknownXmlQuestionTypeIsAnError() {
    LmsImport.Result result =
        LmsImport.fromMoodleXml(
            "<quiz>\n<question type=\"hotspot\"><name><text>x</text></name></question>\n</quiz>",
            "odd.xml",
            Optional.empty());

    assertThat(rendered(result)).isEqualTo("odd.xml:2:26: error: unknown question type 'hotspot'");
  }

  @Test
  void externalEntitiesAreRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<quiz><question type=\"shortanswer\"><name><text>&xxe;</text></name>"
            + "<questiontext><text>&xxe;</text></questiontext>"
            + "<answer fraction=\"100\"><text>a</text></answer></question></quiz>";

    LmsImport.Result result = LmsImport.fromMoodleXml(xml, "xxe.xml", Optional.empty());

    assertThat(result.hasErrors()).isTrue();
    assertThat(rendered(result))
        .startsWith("xxe.xml:2:")
        .contains("document type declaration (<!DOCTYPE) is not allowed")
        .doesNotContain("TOP-SECRET");
    assertThat(result.yaml()).doesNotContain("TOP-SECRET");
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [" + entities + "]>\n<quiz>&lol9;</quiz>";

    LmsImport.Result result = LmsImport.fromMoodleXml(xml, "lol.xml", Optional.empty());

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).message()).contains("<!DOCTYPE) is not allowed");
  }
}
