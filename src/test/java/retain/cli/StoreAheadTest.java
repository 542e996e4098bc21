package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.store.Mode;
import retain.store.Store;
import retain.store.StoreException;

class StoreAheadTest {

  @TempDir Path data;

  @Test
  void handsOverTheStoreItOpenedThenOpensAnotherForTheNextDeck() {
    try (StoreAhead stores = new StoreAhead(data)) {
      try (Store first = stores.take()) {
        first.startSession("a", Mode.STUDY, Optional.empty(), Instant.EPOCH);
      }
      try (Store second = stores.take()) {
        assertThat(second.sessions(Optional.empty())).hasSize(1);
      }
    }
  }

  @Test
  void aStoreNobodyTookIsClosed() {
    new StoreAhead(data).close();

    // the last connection to close checkpoints the write-ahead log and removes it
    assertThat(data.resolve("retain.db")).exists();
    assertThat(data.resolve("retain.db-wal")).doesNotExist();
  }

  @Test
  void aRefusedFileFailsTheTakeWithTheStoresOwnException() throws Exception {
    Files.writeString(data.resolve("retain.db"), "not a database", StandardCharsets.UTF_8);

    try (StoreAhead stores = new StoreAhead(data)) {
      assertThatThrownBy(stores::take).isInstanceOf(StoreException.class);
    }
    assertThat(data.resolve("retain.db")).hasContent("not a database");
  }
}
