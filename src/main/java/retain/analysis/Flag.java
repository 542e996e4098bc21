package retain.analysis;

/** Something about an item an instructor should look at, in plain words. */
public record Flag(String item, Kind kind, String message) {

  /** What is wrong, most worrying first. */
  public enum Kind {
    NEGATIVE_DISCRIMINATION("negative discrimination"),
    STRONG_DISTRACTOR("wrong choice favoured by strong students"),
    MANY_UNANSWERED("many unanswered"),
    WEAK_DISCRIMINATION("weak discrimination"),
    TOO_HARD("too hard"),
    TOO_EASY("too easy"),
    UNUSED_DISTRACTOR("distractor nobody picks");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The kind in a few words, as reports print it. */
    public String label() {
      return label;
    }
  }
}
