package retain.author;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the layout of a plain text: paragraphs are separated by blank lines; a paragraph that ends
 * mid-sentence goes on in the next one; a heading is a line starting with {@code #} or a
 * paragraph's first line written in title case without a full stop; a box printed in the middle of
 * a sentence (two or more one-line paragraphs after a paragraph that stops mid-sentence) is read
 * apart, and the interrupted sentence goes on after it.
 */
final class SourceLayout {

  private final List<List<SourceLine>> paragraphs;
  private final List<Passage> passages = new ArrayList<>();
  private int next;

  private SourceLayout(List<List<SourceLine>> paragraphs) {
    this.paragraphs = paragraphs;
  }

  /** The passages of {@code text}, in reading order. */
  static List<Passage> passages(String text) {
    SourceLayout layout = new SourceLayout(paragraphs(text));
    while (layout.next < layout.paragraphs.size()) {
      layout.paragraph(new ArrayList<>(layout.paragraphs.get(layout.next++)));
    }
    return List.copyOf(layout.passages);
  }

  private void paragraph(List<SourceLine> lines) {
    SourceLine first = lines.get(0);
    if (Headings.isHeadingLine(first.text())) {
      passages.add(new Passage(Passage.Kind.HEADING, List.of(first)));
      lines.remove(0);
      if (lines.isEmpty()) {
        return;
      }
    }
    while (!lines.get(lines.size() - 1).endsSentence() && next < paragraphs.size()) {
      if (!continueAfterBox(lines) && !continueInNext(lines)) {
        break;
      }
    }
    passages.add(new Passage(Passage.Kind.TEXT, lines));
  }

  /** A box: one-line paragraphs, then the rest of the box's last sentence, then the text again. */
  private boolean continueAfterBox(List<SourceLine> lines) {
    int end = next;
    while (end < paragraphs.size() && paragraphs.get(end).size() == 1) {
      end++;
    }
    if (end - next < 2 || end == paragraphs.size()) {
      return false;
    }
    List<SourceLine> box = new ArrayList<>();
    paragraphs.subList(next, end).forEach(box::addAll);
    List<SourceLine> after = paragraphs.get(end);
    int resume = 0;
    while (!box.get(box.size() - 1).endsSentence() && resume < after.size() - 1) {
      box.add(after.get(resume++));
    }
    passages.add(new Passage(Passage.Kind.BOX, box));
    lines.addAll(after.subList(resume, after.size()));
    next = end + 1;
    return true;
  }

  /** A page or column break: the next paragraph starts in lower case, so it goes on. */
  private boolean continueInNext(List<SourceLine> lines) {
    List<SourceLine> following = paragraphs.get(next);
    if (!Character.isLowerCase(following.get(0).text().charAt(0))) {
      return false;
    }
    lines.addAll(following);
    next++;
    return true;
  }

  private static List<List<SourceLine>> paragraphs(String text) {
    List<List<SourceLine>> paragraphs = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      // control and format characters never reach a terminal or report from here on
      String line = lines[i].replaceAll("[\\p{Cc}\\p{Cf}]", " ").strip();
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(new SourceLine(i + 1, line));
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }
}
