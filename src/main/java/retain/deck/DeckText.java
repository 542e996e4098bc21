package retain.deck;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a file's bytes into text, refusing binary files and anything that is not UTF-8. */
final class DeckText {

  private DeckText() {}

  /** The file as text, or empty with one problem when it is binary or not UTF-8. */
  static Optional<String> decode(byte[] bytes, Problems problems) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.error(1, 1, "binary", "this is a binary file, not a YAML text file");
        return Optional.empty();
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.error(1, 1, "encoding", "the file is not valid UTF-8; save it as UTF-8");
      return Optional.empty();
    }
  }
}
