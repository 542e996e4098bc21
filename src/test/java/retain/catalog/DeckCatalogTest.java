package retain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckCatalogTest {

  @TempDir Path folder;

  /**
   * Finding a deck by an id that is not its file name reads only the decks' top-level keys, so a
   * deck whose cards are broken is still found, and the user is sent to lint rather than told no
   * such deck exists.
   */
  @Test
  void aDeckIsFoundByTheIdInItsHeaderEvenWhenItsCardsAreBroken() throws IOException {
    Files.writeString(
        folder.resolve("named-otherwise.yaml"),
        "retain: 1\nid: wanted\ntitle: T\ncards:\n  - id: a\n    q: [unclosed\n");
    DeckCatalog catalog = new DeckCatalog(List.of(folder));

    assertThat(catalog.find("wanted")).map(DeckSource::name).isPresent();
    assertThatThrownBy(() -> catalog.require("wanted"))
        .hasMessageStartingWith(folder.resolve("named-otherwise.yaml") + " has errors");
  }

  @Test
  void anIdAfterTheCardsIsStillFound() throws IOException {
    Files.writeString(
        folder.resolve("late.yaml"),
        "title: T\ncards:\n  - id: a\n    q: Which?\n    a: A\n    explain: E\nid: late-id\n");

    assertThat(new DeckCatalog(List.of(folder)).require("late-id").id()).isEqualTo("late-id");
  }
}
