package retain.stats;

import java.util.Optional;

/**
 * How well one topic is known now.
 *
 * @param topic empty for the items without a topic
 * @param items how many items the topic has
 * @param retrievability the mean probability of recall now, a never-studied item counting as 0
 * @param mature the share of items that are mature (an interval of 21 days or more)
 */
public record TopicMastery(
    Optional<String> topic, int items, double retrievability, double mature) {

  /** Checks that both shares are between 0 and 1. */
  public TopicMastery {
    if (items < 1
        || !(retrievability >= 0 && retrievability <= 1)
        || !(mature >= 0 && mature <= 1)) {
      throw new IllegalArgumentException(
          "a topic needs items >= 1 and shares in [0, 1]: "
              + items
              + ", "
              + retrievability
              + ", "
              + mature);
    }
  }
}
