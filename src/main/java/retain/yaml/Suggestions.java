package retain.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import retain.text.EditDistance;

/** "Did you mean": the nearest known word to a typo, by {@link EditDistance}. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    int allowed = word.length() <= 3 ? 1 : 2;
    return candidates.stream()
        .map(candidate -> Map.entry(candidate, EditDistance.atMost(word, candidate, allowed)))
        .filter(scored -> scored.getValue() <= allowed)
        .min(Comparator.comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey);
  }
}
