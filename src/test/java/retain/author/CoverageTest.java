package retain.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import retain.deck.Deck;
import retain.deck.DeckLoader;

class CoverageTest {

  private static Deck deck(String yaml) {
    return DeckLoader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8))
        .value()
        .orElseThrow();
  }

  private static Deck file(Path path) throws IOException {
    return DeckLoader.load(path.toString(), Files.readAllBytes(path)).value().orElseThrow();
  }

  private static List<Integer> uncoveredLines(CoverageReport report) {
    return report.findings().stream()
        .filter(CoverageReport.Finding::uncovered)
        .map(finding -> finding.sentence().line())
        .toList();
  }

  @Test
  void sentencesNoCardAsksAboutAreUncovered() throws IOException {
    CoverageReport report =
        Coverage.of(
            SourceTextTest.orchard(),
            file(Path.of("src/test/resources/author/orchard.yaml")).cards());

    assertThat(uncoveredLines(report)).containsExactly(8, 12, 14, 20, 21);
    assertThat(report.sections())
        .containsExactly(
            new CoverageReport.Section("The Orchard Cooperative of Vell Valley", 2, 2),
            new CoverageReport.Section("Harvest and Prices", 2, 3),
            new CoverageReport.Section("box at line 12", 0, 2),
            new CoverageReport.Section("Plans", 0, 2));
    assertThat(report.overall().percent()).isEqualTo(44);
  }

  @Test
  void anExplanationAsksNothing() throws IOException {
    String card =
        """
        id: orchard
        title: t
        cards:
          - id: bottling
            q: %s
            a: Augsburg
            explain: %s
        """;
    String kessler = "Which firm sold the bottling line for the Brandt Reserve label?";
    Deck inExplanation =
        deck(card.formatted("Where was the firm from?", "Kessler Machines sold a bottling line."));
    Deck inQuestion = deck(card.formatted(kessler, "It came from Bavaria."));

    assertThat(uncoveredLines(Coverage.of(SourceTextTest.orchard(), inExplanation.cards())))
        .contains(8);
    assertThat(uncoveredLines(Coverage.of(SourceTextTest.orchard(), inQuestion.cards())))
        .doesNotContain(8);
  }

  @Test
  void anyPlainTextWorks() throws IOException {
    SourceText skerry =
        SourceText.read(
            "skerry.md", Files.readString(Path.of("src/test/resources/author/skerry.md")));
    Deck keepers =
        deck(
            """
            id: skerry
            title: Skerry Light
            cards:
              - id: lit
                type: date
                q: On what date was the Skerry lighthouse first lit?
                a: 1871-10-02
                explain: Thomas Aldane built it.
              - id: last
                q: Who was the last keeper to leave the rock, in June 1987?
                a: Morag Ellis
                explain: The light was automated.
            """);

    CoverageReport report = Coverage.of(skerry, keepers.cards());

    assertThat(uncoveredLines(report)).containsExactly(5, 11);
    assertThat(report.overall()).isEqualTo(new CoverageReport.Section("overall", 2, 4));
  }

  @Test
  void theShippedDeckCoversEverySectionOfTheBriefing() throws IOException {
    Path briefing = Briefing.find().orElse(null);
    Assumptions.assumeTrue(
        briefing != null, "the briefing is not at ../" + Briefing.FILE + "; skipped");
    SourceText text = SourceText.read(briefing.toString(), Files.readString(briefing));

    CoverageReport report =
        Coverage.of(text, file(Path.of("decks/belarus-russia-2022.yaml")).cards());

    assertThat(report.sections()).hasSize(6).allMatch(section -> section.percent() >= 80);
  }
}
