package retain.author;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which terms are rare in a text: used by at most a tenth of its sentences (two sentences always
 * count as rare). Rare terms are what tells one sentence from the others.
 */
final class Rarity {

  private static final double RARE_SHARE = 0.1;

  private final Map<String, Integer> spread = new HashMap<>();
  private final int limit;

  private Rarity(List<Set<String>> sentenceTerms) {
    sentenceTerms.forEach(terms -> terms.forEach(term -> spread.merge(term, 1, Integer::sum)));
    limit = Math.max(2, (int) (sentenceTerms.size() * RARE_SHARE));
  }

  /** The rarity of the terms of {@code sentenceTerms}, one set per sentence. */
  static Rarity of(List<Set<String>> sentenceTerms) {
    return new Rarity(sentenceTerms);
  }

  /** Whether {@code term} is rare; a term the text never uses is. */
  boolean isRare(String term) {
    return spread.getOrDefault(term, 0) <= limit;
  }
}
