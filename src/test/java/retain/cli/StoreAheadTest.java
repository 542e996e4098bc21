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
  void everyDeckOfARunGetsTheOneStore() {
    try (StoreAhead stores = new StoreAhead(data)) {
      Store first = stores.get();
      first.startSession("a", Mode.STUDY, Optional.empty(), Instant.EPOCH);

      assertThat(stores.get()).isSameAs(first);
      assertThat(stores.get().sessions(Optional.empty())).hasSize(1);
    }
  }

  @Test
  void noStoreIsCreatedUntilASessionAsksForIt() {
    new StoreAhead(data).close();

    assertThat(data.resolve("retain.db")).doesNotExist();
  }

  @Test
  void anExistingStoreOpenedAheadAndNotTakenIsClosed() {
    Store.open(data).close();

    new StoreAhead(data).close();

    // the last connection to close checkpoints the write-ahead log and removes it
    assertThat(data.resolve("retain.db-wal")).doesNotExist();
  }

  @Test
  void aRefusedFileFailsWithTheStoresOwnExceptionAndStaysAsItWas() throws Exception {
    Files.writeString(data.resolve("retain.db"), "not a database", StandardCharsets.UTF_8);

    try (StoreAhead stores = new StoreAhead(data)) {
      assertThatThrownBy(stores::get).isInstanceOf(StoreException.class);
    }
    assertThat(data.resolve("retain.db")).hasContent("not a database");
  }
}
