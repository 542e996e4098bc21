package retain.readiness;

import java.util.Optional;

/**
 * A topic's outlook for the exam day.
 *
 * @param topic empty for the items without a topic
 * @param items how many items the topic has
 * @param unseen how many of them were never studied
 * @param recall the mean recall on the exam day, an unseen item counting as 0
 * @param score the mean expected score, guessing included
 * @param weak how many items have a recall under one half on the exam day (unseen included)
 */
public record TopicForecast(
    Optional<String> topic, int items, int unseen, double recall, double score, int weak) {}
