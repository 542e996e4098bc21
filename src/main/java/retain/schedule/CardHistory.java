package retain.schedule;

import java.util.Arrays;

/**
 * One card's reviews as the optimizer sees them: the grade of each review and the study day it was
 * on; FSRS counts elapsed time in whole study days between reviews.
 *
 * @param grades 1 (Again) to 4 (Easy), oldest first; at least one
 * @param days the study day of each review (days since any fixed start), never decreasing
 */
public record CardHistory(int[] grades, int[] days) {

  public CardHistory {
    if (grades.length == 0 || grades.length != days.length) {
      throw new IllegalArgumentException(
          "a card history needs one study day per grade and at least one review, got "
              + grades.length
              + " grades and "
              + days.length
              + " days");
    }
    for (int i = 0; i < grades.length; i++) {
      if (grades[i] < 1 || grades[i] > 4) {
        throw new IllegalArgumentException("a grade is 1 to 4, got " + grades[i]);
      }
      if (i > 0 && days[i] < days[i - 1]) {
        throw new IllegalArgumentException(
            "review days must never decrease, got " + Arrays.toString(days));
      }
    }
    grades = grades.clone();
    days = days.clone();
  }

  /** How many reviews the card has. */
  public int size() {
    return grades.length;
  }

  /** The grade of review {@code i}, 0-based. */
  public int grade(int i) {
    return grades[i];
  }

  /** Study days between review {@code i - 1} and review {@code i}; 0 for the first. */
  public int elapsed(int i) {
    return i == 0 ? 0 : days[i] - days[i - 1];
  }

  /** The study day of review {@code i}. */
  public int day(int i) {
    return days[i];
  }

  /** Whether review {@code i} was recalled: any grade but Again (fsrs-rs's label). */
  public boolean recalled(int i) {
    return grades[i] > 1;
  }

  @Override
  public int[] grades() {
    return grades.clone();
  }

  @Override
  public int[] days() {
    return days.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardHistory h
        && Arrays.equals(grades, h.grades)
        && Arrays.equals(days, h.days);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(grades) + Arrays.hashCode(days);
  }

  @Override
  public String toString() {
    return "CardHistory" + Arrays.toString(grades) + Arrays.toString(days);
  }
}
