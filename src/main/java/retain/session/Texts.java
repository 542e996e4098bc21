package retain.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import retain.grade.Verdict;
import retain.schedule.Rating;

/** The words a session shows, shared by every console so that they read the same everywhere. */
public final class Texts {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final Clock clock;

  /** Texts telling times relative to {@code clock}. */
  public Texts(Clock clock) {
    this.clock = clock;
  }

  /**
   * {@code [3/20] dates}, with a note when the card changed and when it is asked before its step is
   * due ({@code early: due in 9 minutes}). No card id: an id such as {@code russkiy-mir} can give
   * the answer away (issue 13); {@code show} and {@code history} keep it.
   */
  public String heading(Question question) {
    String heading =
        "["
            + question.number()
            + "/"
            + question.planned()
            + "]"
            + question.topic().map(topic -> " " + topic).orElse("");
    List<String> notes = new ArrayList<>();
    question
        .early()
        .map(this::when)
        .filter(when -> !when.equals("now"))
        .ifPresent(when -> notes.add("early: due " + when));
    if (question.changed()) {
      notes.add("this card changed since your last review");
    }
    return notes.isEmpty() ? heading : heading + " (" + String.join("; ", notes) + ")";
  }

  /** The verdict, the right answer, the explanation, the source and when the item comes back. */
  public List<String> feedback(Feedback feedback) {
    Verdict verdict = feedback.verdict();
    List<String> lines = new ArrayList<>();
    if (verdict.correct()) {
      // a plain "correct" says nothing the label does not; the answer itself is worth seeing
      lines.add(label(verdict) + ": " + verdict.expected() + aside(verdict));
    } else {
      // a blank answer's feedback already says "no answer": a label before it would stutter
      lines.add(
          verdict.kind() == Verdict.Kind.BLANK
              ? verdict.feedback()
              : label(verdict) + ": " + verdict.feedback());
      if (!verdict.feedback().contains(verdict.expected())) {
        lines.add("answer: " + verdict.expected());
      }
    }
    feedback.explain().ifPresent(explain -> lines.add("  " + explain));
    feedback.ref().ifPresent(ref -> lines.add("  source: " + ref));
    lines.add(nextReview(feedback.rating(), feedback.due()));
    return lines;
  }

  /**
   * What a right answer's feedback adds in brackets: nothing for a plain "correct", which the label
   * says already, and never the answer a second time ("accepted with a typo", not "accepted with a
   * typo: common defence space" after "right: common defence space").
   */
  private static String aside(Verdict verdict) {
    String note = verdict.feedback();
    if (note.equals("correct")) {
      return "";
    }
    String repeated = ": " + verdict.expected();
    if (note.endsWith(repeated)) {
      note = note.substring(0, note.length() - repeated.length());
    }
    return " (" + note + ")";
  }

  /** {@code rated good: next review in 10 minutes}. */
  public String nextReview(Rating rating, Instant due) {
    return "rated " + rating.name().toLowerCase(Locale.ROOT) + ": next review " + when(due);
  }

  /** The end-of-session summary lines. */
  public List<String> summary(Summary summary) {
    List<String> lines = new ArrayList<>();
    // under --now the clock stands still, so no time passes: "in 0 s" would be untrue
    String spent = summary.spent().toSeconds() < 1 ? "" : " in " + duration(summary.spent());
    lines.add(
        String.format(
            Locale.ROOT,
            "%s: %d answered, %d right (%.0f%%)%s",
            summary.deck(),
            summary.answered(),
            summary.correct(),
            summary.percent(),
            spent));
    summary
        .topics()
        .forEach(
            topic ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "  %-16s %d/%d right",
                        topic.topic(),
                        topic.correct(),
                        topic.answered())));
    lines.add("due by the end of tomorrow: " + summary.dueTomorrow());
    return lines;
  }

  /** {@code right}, {@code partly right}, {@code wrong} or {@code no answer}. */
  public static String label(Verdict verdict) {
    return switch (verdict.kind()) {
      case EXACT, ACCEPTED_ALTERNATIVE, TYPO_TOLERATED -> "right";
      case PARTIAL -> String.format(Locale.ROOT, "partly right (%.0f%%)", 100 * verdict.score());
      case WRONG, UNREADABLE -> "wrong";
      case BLANK -> "no answer";
    };
  }

  /** "in 10 minutes", "in 3 days (Thu 22 Dec 2022)". */
  public String when(Instant due) {
    // to the nearest minute: the seconds since the answer was graded would otherwise turn a
    // 10-minute step into "in 9 minutes" and a 1-minute one into "now"
    long seconds = Duration.between(clock.instant(), due).toSeconds();
    Duration until = Duration.ofMinutes(Math.round(seconds / 60.0));
    if (until.toMinutes() < 1) {
      return "now";
    }
    if (until.toHours() < 24) {
      return "in " + duration(until);
    }
    long days = Math.round(until.toHours() / 24.0);
    return "in "
        + days
        + (days == 1 ? " day" : " days")
        + " ("
        + DAY.format(due.atZone(zone()))
        + ")";
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  /** "45 s", "12 minutes", "3 h 20 min". */
  static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return duration.toSeconds() + " s";
    }
    if (minutes < 60) {
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    return duration.toHours() + " h " + duration.toMinutesPart() + " min";
  }
}
