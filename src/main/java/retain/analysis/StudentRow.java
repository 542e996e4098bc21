package retain.analysis;

import java.util.Map;

/**
 * One student's result in the class.
 *
 * @param score percent of the items compared
 * @param percentile percent of the class below this score, ties counted half
 * @param topics percent per topic, for the topics the items have
 */
public record StudentRow(String who, double score, double percentile, Map<String, Double> topics) {

  public StudentRow {
    topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
  }
}
