package retain.deck;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
    if (!isUtf8(bytes)) {
      problems.error(1, 1, "encoding", "the file is not valid UTF-8; save it as UTF-8");
      return Optional.empty();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * Checks the encoding through a small window: decoding the whole file into one CharBuffer took
   * two bytes a character on top of the text itself, 70 MB for a 100,000-card deck (issue 8).
   */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer window = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      window.clear();
      result = decoder.decode(in, window, true);
      if (result.isError()) {
        return false;
      }
    } while (result.isOverflow());
    window.clear();
    return !decoder.flush(window).isError();
  }
}
