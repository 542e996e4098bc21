package retain.author;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain source text read as sentences under their sections.
 *
 * @param name how messages name the text, such as its path
 * @param sentences every sentence outside headings, in reading order
 */
public record SourceText(String name, List<Sentence> sentences) {

  /** A sentence end: punctuation, closing quotes or brackets, then space. */
  private static final Pattern END = Pattern.compile("[.!?][\"”’)\\]]*\\s+");

  /** Words whose full stop does not end a sentence: initials, U.S., e.g., Mr. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\p{L}\\.)*\\p{L}|(?i:mr|mrs|ms|dr|st|no|vs|etc|e\\.g|i\\.e|cf|approx)");

  public SourceText {
    sentences = List.copyOf(sentences);
  }

  /** Reads {@code text}; {@code name} names the text before its first heading and in messages. */
  public static SourceText read(String name, String text) {
    List<Sentence> sentences = new ArrayList<>();
    String section = name;
    for (Passage passage : SourceLayout.passages(text)) {
      switch (passage.kind()) {
        case HEADING -> section = Headings.text(passage.lines().get(0).text());
        case BOX ->
            sentences.addAll(split(passage, "box at line " + passage.lines().get(0).number()));
        case TEXT -> {
          List<Sentence> split = split(passage, section);
          if (split.size() > 1 && Headings.isRunInHeading(split.get(0).text())) {
            String heading = Headings.text(split.get(0).text());
            split = split.subList(1, split.size()).stream().map(s -> s.under(heading)).toList();
            section = heading;
          }
          sentences.addAll(split);
        }
      }
    }
    // a box is read where it starts, so its sentences come before the text it interrupted
    sentences.sort(java.util.Comparator.comparingInt(Sentence::line));
    return new SourceText(name, sentences);
  }

  /** The sections in reading order. */
  public List<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    sentences.forEach(sentence -> sections.add(sentence.section()));
    return List.copyOf(sections);
  }

  private static List<Sentence> split(Passage passage, String section) {
    String text = passage.text();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    Matcher end = END.matcher(text);
    while (end.find()) {
      boolean nextStarts = end.end() < text.length() && startsSentence(text.charAt(end.end()));
      if (nextStarts && !abbreviation(text, end.start())) {
        sentences.add(sentence(passage, text, start, end.end(), section));
        start = end.end();
      }
    }
    if (start < text.length()) {
      sentences.add(sentence(passage, text, start, text.length(), section));
    }
    return sentences;
  }

  private static Sentence sentence(Passage passage, String text, int from, int to, String section) {
    String flat = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return new Sentence(passage.lineAt(from), flat, section);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘(".indexOf(c) >= 0;
  }

  private static boolean abbreviation(String text, int stop) {
    int wordStart = text.lastIndexOf(' ', stop - 1) + 1;
    return ABBREVIATION.matcher(text.substring(wordStart, stop)).matches();
  }
}
