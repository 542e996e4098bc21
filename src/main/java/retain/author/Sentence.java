package retain.author;

import retain.text.Shorten;

/**
 * One sentence of a source text, its wrapped lines joined.
 *
 * @param line the 1-based line it starts on
 * @param text the sentence, whitespace collapsed
 * @param section the heading it stands under, or the text's name before the first heading
 */
public record Sentence(int line, String text, String section) {

  /** The sentence cut to {@code width} characters at a word boundary, marked with an ellipsis. */
  public String shortened(int width) {
    return Shorten.atWord(text, width);
  }

  /** The same sentence under another section. */
  Sentence under(String heading) {
    return new Sentence(line, text, heading);
  }
}
