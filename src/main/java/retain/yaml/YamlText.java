package retain.yaml;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a file's bytes into text, refusing binary files and anything that is not UTF-8. */
final class YamlText {

  private YamlText() {}

  private static final int BOM_LENGTH = 3;

  /**
   * The file as text, or empty with one problem when it is binary or not UTF-8. A reader over the
   * bytes rather than a String: the parser streams it, and a 35 MB deck is then not held twice.
   */
  static Optional<Reader> decode(byte[] bytes, Problems problems) {
    if (isUtf16(bytes)) {
      problems.error(1, 1, "encoding", "the file is UTF-16; save it as UTF-8");
      return Optional.empty();
    }
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
    int start = hasBom(bytes) ? BOM_LENGTH : 0;
    return Optional.of(
        new InputStreamReader(
            new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8));
  }

  /**
   * A byte order mark of UTF-16, or text whose every other byte is zero: Windows editors save
   * "Unicode" so, and calling it binary left the author guessing (issue 15).
   */
  private static boolean isUtf16(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    return bytes.length >= 4
        && ((bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
            || (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0));
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= BOM_LENGTH
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
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
