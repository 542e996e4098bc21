package retain.author;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import retain.deck.Card;

/**
 * Which sentences of a source some card asks about. A sentence's distinctive terms are its rare
 * ones ({@link Rarity}): names, numbers, dates, rare words. A card asks about a sentence when its
 * question and right answer share three of them, or two of a short sentence's (one with fewer than
 * six). A sentence with fewer than three distinctive terms is not counted: it says too little to
 * match a card on.
 */
public final class Coverage {

  /** A sentence with fewer distinctive terms is not counted. */
  private static final int KEY = 3;

  /** A sentence with this many distinctive terms or more needs three shared; a shorter one two. */
  private static final int LONG = 6;

  private Coverage() {}

  /** What {@code cards} cover of {@code source}. */
  public static CoverageReport of(SourceText source, List<Card> cards) {
    List<Sentence> sentences = source.sentences();
    List<Set<String>> terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
    Rarity rarity = Rarity.of(terms);
    List<Asked> asked = cards.stream().map(Asked::of).toList();
    List<CoverageReport.Finding> findings =
        IntStream.range(0, sentences.size())
            .mapToObj(
                i -> {
                  Set<String> distinctive = new LinkedHashSet<>(terms.get(i));
                  distinctive.removeIf(term -> !rarity.isRare(term));
                  return finding(sentences.get(i), distinctive, asked);
                })
            .toList();
    return new CoverageReport(source, findings);
  }

  private static CoverageReport.Finding finding(
      Sentence sentence, Set<String> distinctive, List<Asked> cards) {
    boolean key = distinctive.size() >= KEY;
    int needed = distinctive.size() >= LONG ? 3 : 2;
    Optional<String> card =
        cards.stream()
            .filter(c -> c.shared(distinctive) >= needed)
            .max(Comparator.comparingLong(c -> c.shared(distinctive)))
            .map(Asked::id);
    return new CoverageReport.Finding(sentence, key, key ? card : Optional.empty(), distinctive);
  }

  /** A card's id and the terms of what it asks. */
  private record Asked(String id, Set<String> terms) {

    static Asked of(Card card) {
      CardText text = CardText.of(card);
      Set<String> terms = new HashSet<>(Terms.of(text.question()));
      terms.addAll(Terms.of(text.answer()));
      return new Asked(card.id(), terms);
    }

    long shared(Set<String> distinctive) {
      return distinctive.stream().filter(terms::contains).count();
    }
  }
}
