package retain.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  static SourceText orchard() throws IOException {
    return SourceText.read(
        "orchard.txt", Files.readString(Path.of("src/test/resources/author/orchard.txt")));
  }

  @Test
  void titleLineAndRunInHeadingsNameTheSections() throws IOException {
    assertThat(orchard().sections())
        .containsExactly(
            "The Orchard Cooperative of Vell Valley",
            "Harvest and Prices",
            "box at line 12",
            "Plans");
  }

  @Test
  void wrappedSentencesKeepTheLineTheyStartOn() throws IOException {
    assertThat(orchard().sentences())
        .extracting(Sentence::line, Sentence::section)
        .startsWith(
            tuple(2, "The Orchard Cooperative of Vell Valley"),
            tuple(3, "The Orchard Cooperative of Vell Valley"),
            tuple(6, "Harvest and Prices"));
    assertThat(orchard().sentences().get(1).text())
        .isEqualTo("Its first chairwoman was Ilse Brandt, a cider maker from Lower Vell.");
  }

  @Test
  void aBoxPrintedMidSentenceIsReadApartAndTheSentenceGoesOnAfterIt() throws IOException {
    assertThat(orchard().sentences())
        .filteredOn(sentence -> sentence.line() >= 8 && sentence.line() <= 17)
        .extracting(Sentence::line, Sentence::text)
        .containsExactly(
            tuple(
                8,
                "The cooperative also bought a bottling line from Kessler Machines of Augsburg for"
                    + " its two-year Brandt Reserve label, which is sold in twelve countries."),
            tuple(
                12,
                "The cooperative in brief: founded 2019 in Marrow, 58 member farms, one shared press."),
            tuple(14, "It sells cider, juice and vinegar under two labels."),
            tuple(
                17,
                "Frost on 11 April 2022 destroyed half of the blossom, and the harvest fell to 150"
                    + " tonnes."));
  }

  @Test
  void markdownHeadingsAndOneLineParagraphs() throws IOException {
    SourceText skerry =
        SourceText.read(
            "skerry.md", Files.readString(Path.of("src/test/resources/author/skerry.md")));

    assertThat(skerry.sentences())
        .extracting(Sentence::line, Sentence::section)
        .containsExactly(
            tuple(3, "Keepers of the Skerry Light"),
            tuple(5, "Keepers of the Skerry Light"),
            tuple(9, "Automation"),
            tuple(11, "Automation"));
  }

  @Test
  void initialsAndAbbreviationsDoNotEndASentence() {
    SourceText text =
        SourceText.read("t", "Talks between the U.S. and Russia stalled. Dr. Ames left.\n");

    assertThat(text.sentences())
        .extracting(Sentence::text)
        .containsExactly("Talks between the U.S. and Russia stalled.", "Dr. Ames left.");
  }

  @Test
  void controlCharactersNeverReachASentence() {
    SourceText text = SourceText.read("t", "A red\u001b[2J flag\u0007 flew over Marrow.\n");

    assertThat(text.sentences().get(0).text()).isEqualTo("A red [2J flag flew over Marrow.");
  }
}
