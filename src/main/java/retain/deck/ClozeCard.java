package retain.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A text with blanks written {@code {{answer}}} or {@code {{answer|alternative}}}. Each blank is
 * its own item, asked with the other blanks filled in.
 */
public record ClozeCard(CardMeta meta, String text, boolean typos) implements Card {

  /** Where blanks stand in a cloze text. */
  public static final Pattern BLANK = Pattern.compile("\\{\\{([^{}]*)\\}\\}");

  /** What is shown in place of the blank being asked. */
  public static final String GAP = "[...]";

  /** One blank: its answer and the alternatives that also count. */
  public record Blank(String answer, List<String> accept) {
    public Blank {
      accept = List.copyOf(accept);
    }
  }

  public ClozeCard {
    if (!BLANK.matcher(text).find()) {
      throw new IllegalArgumentException(
          "cloze card '" + meta.id() + "' has no blank written {{answer}}");
    }
  }

  /** The text with its {{blanks}}: a cloze card's question is its text. */
  @Override
  public String prompt() {
    return text;
  }

  @Override
  public CardType type() {
    return CardType.CLOZE;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** The blanks in the order they appear. */
  public List<Blank> blanks() {
    List<Blank> blanks = new ArrayList<>();
    Matcher matcher = BLANK.matcher(text);
    while (matcher.find()) {
      List<String> options =
          List.of(matcher.group(1).split("\\|", -1)).stream().map(String::strip).toList();
      blanks.add(new Blank(options.get(0), options.subList(1, options.size())));
    }
    return blanks;
  }

  @Override
  public int blankCount() {
    return blanks().size();
  }

  @Override
  public List<Item> items() {
    return IntStream.rangeClosed(1, blanks().size()).mapToObj(n -> new Item(this, n)).toList();
  }

  /** The text with blank {@code asked} (1-based) shown as a gap and the others filled in. */
  public String render(int asked) {
    List<Blank> blanks = blanks();
    StringBuilder out = new StringBuilder();
    Matcher matcher = BLANK.matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
      String shown = n == asked ? GAP : blanks.get(n - 1).answer();
      matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The text with every blank filled in. */
  public String solved() {
    return render(0);
  }
}
