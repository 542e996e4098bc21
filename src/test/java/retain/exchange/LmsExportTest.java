package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.stats.SeededHistory;

class LmsExportTest {

  private static final Deck EVERY_TYPE = SeededHistory.deck();

  private static Deck deck(String cards) {
    String yaml = "id: d\ntitle: D\ncards:\n" + cards;
    return DeckLoader.load("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
  }

  @Test
  void giftWritesEveryTypeAsItsClosestMoodleType() {
    String gift = LmsExport.gift(EVERY_TYPE).text();

    assertThat(gift)
        .startsWith(
            """
            $CATEGORY: $course$/top/every-type/misc

            // retain hint: Since 1994.
            // retain tag: names
            // retain tag: people
            // retain tag: ref:Introduction
            ::short-one::Who leads Belarus?{
            \t=Lukashenka
            \t=Lukashenko
            \t####In office since 1994.
            }

            $CATEGORY: $course$/top/every-type

            """)
        .contains(
            """
            ::choice-one::Which city hosted the visit?{
            \t=Minsk
            \t~Moscow
            \t~Kyiv
            \t####The capital of Belarus.
            }
            """,
            """
            ::multi-one::Which spheres were named?{
            \t~%33.33333%industry
            \t~%33.33333%transport
            \t~%33.33333%energy
            \t~%-33.33333%fishing
            """,
            "::truefalse-one::The text of the agreement was published.{\n\tFALSE\n",
            "::numeric-one::What gas price was agreed, per thousand cubic metres? (in USD){#128.5:0.5\n",
            "::numeric-relative::What share of the programmes was implemented? (in %){#60:3\n",
            """
            ::date-one::When did the visit take place?{
            \t=2022-12-19
            \t=19 December 2022
            \t=December 19, 2022
            \t=19 Dec 2022
            \t=Dec 19, 2022
            \t=19.12.2022
            \t=19/12/2022
            """,
            "::date-year::In which year did the Union State treaty get signed?{\n\t=1999\n",
            "::cloze-one.1::The { =Union State ####Two blanks, two items.} joins Belarus and Russia.\n",
            "::cloze-one.2::The Union State joins { =Belarus =Republic of Belarus ####Two blanks,"
                + " two items.} and Russia.\n",
            "::order-one::Put these in order.{\n\t=1 -> first\n\t=2 -> second\n\t=3 -> third\n",
            "::match-one::Match each person to an office.{\n\t=Putin -> President of Russia\n"
                + "\t=Lukashenka -> President of Belarus\n",
            "::short-yaml-no::What did they answer?{\n\t=no\n");
  }

  @Test
  void giftSaysWhatEachCardLosesInOneLine() {
    assertThat(LmsExport.gift(EVERY_TYPE).warnings())
        .containsExactly(
            "short-one: hint, tags, ref kept only in a comment that Moodle ignores",
            "short-no-typos: typos: 0 has no Moodle equivalent",
            "choice-one: shuffle: false has no GIFT equivalent",
            "numeric-relative: tolerance 5% written as ± 3",
            "date-one: date checked against its 7 usual written forms only",
            "cloze-one: cloze split into one short-answer question per blank (GIFT has no cloze)",
            "order-one: order written as matching of positions (GIFT has no ordering)");
  }

  @Test
  void moodleXmlKeepsClozeOrderingHintsAndTags() {
    LmsExport.Result xml = LmsExport.moodleXml(EVERY_TYPE);

    assertThat(xml.text())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
        .contains(
            "<question type=\"cloze\">\n    <name><text>cloze-one</text></name>\n"
                + "    <questiontext format=\"html\"><text>The {1:SHORTANSWER:=Union State} joins"
                + " {1:SHORTANSWER:=Belarus~=Republic of Belarus} and Russia.</text>",
            "<question type=\"ordering\">",
            "<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>\n"
                + "    <answer fraction=\"1\" format=\"html\"><text>first</text></answer>\n",
            "<single>false</single>",
            "<answer fraction=\"-33.33333\" format=\"plain_text\">\n      <text>fishing</text>",
            "<answer fraction=\"100\" format=\"plain_text\">\n      <text>128.5</text>\n"
                + "      <tolerance>0.5</tolerance>\n",
            "<hint format=\"html\"><text>Since 1994.</text></hint>",
            "<tag><text>ref:Introduction</text></tag>",
            "<subquestion format=\"html\"><text>Putin</text>\n"
                + "      <answer><text>President of Russia</text></answer>",
            "<question type=\"truefalse\">",
            "<question type=\"category\">\n    <category><text>$course$/top/every-type/dates"
                + "</text></category>")
        .endsWith("</quiz>\n");
    assertThat(xml.warnings())
        .containsExactly(
            "short-no-typos: typos: 0 has no Moodle equivalent",
            "numeric-relative: tolerance 5% written as ± 3",
            "date-one: date checked against its 7 usual written forms only");
  }

  @Test
  void giftEscapesEveryControlCharacterAndLineBreaks() {
    Deck deck =
        deck(
            """
              - id: escapes
                q: "Is a~b=c#d{e}f:g\\\\h\\nnext line?"
                a: "x~=#{}:\\\\y"
                explain: "Feedback with ## and ####."
            """);

    assertThat(LmsExport.gift(deck).text())
        .contains(
            "::escapes::Is a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext line?{\n"
                + "\t=x\\~\\=\\#\\{\\}\\:\\\\y\n"
                + "\t####Feedback with \\#\\# and \\#\\#\\#\\#.\n}");
  }

  @Test
  void giftMarksTextThatMoodleWouldReadAsHtmlAsPlain() {
    Deck deck =
        deck(
            """
              - id: script
                q: "Is <script>alert(1)</script> & co safe?"
                a: "no"
            """);

    assertThat(LmsExport.gift(deck).text())
        .contains("::script::[plain]Is <script>alert(1)</script> & co safe?{");
  }

  @Test
  void moodleXmlEscapesMarkupTwice() {
    Deck deck =
        deck(
            """
              - id: markup
                q: "Is <b>bold</b> & \\"quoted\\" ]]> text safe?"
                a: "<i>"
            """);

    assertThat(LmsExport.moodleXml(deck).text())
        .contains(
            "<questiontext format=\"html\"><text>Is &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;"
                + " &amp;amp; \"quoted\" ]]&amp;gt; text safe?</text></questiontext>",
            "<text>&lt;i&gt;</text>");
  }
}
