package retain.author;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sentences of a source and whether a card asks about each.
 *
 * @param source the source text
 * @param findings one per sentence, in reading order
 */
public record CoverageReport(SourceText source, List<Finding> findings) {

  /**
   * One sentence.
   *
   * @param sentence the sentence
   * @param key whether it has the distinctive terms a card can be matched on; if not, not counted
   * @param card the card that asks about it most closely, when one does
   * @param terms its distinctive terms
   */
  public record Finding(Sentence sentence, boolean key, Optional<String> card, Set<String> terms) {
    public Finding {
      terms = Set.copyOf(terms);
    }

    /** A key sentence that no card asks about. */
    public boolean uncovered() {
      return key && card.isEmpty();
    }
  }

  /**
   * One section's figure.
   *
   * @param name the heading
   * @param covered its key sentences some card asks about
   * @param key its key sentences
   */
  public record Section(String name, int covered, int key) {
    /** The covered share in percent; 100 for a section without key sentences. */
    public int percent() {
      return key == 0 ? 100 : (int) Math.floor(100.0 * covered / key);
    }
  }

  public CoverageReport {
    findings = List.copyOf(findings);
  }

  /** Every section in reading order, then no more. */
  public List<Section> sections() {
    return source.sections().stream().map(this::section).toList();
  }

  /** The whole text as one section named "overall". */
  public Section overall() {
    return count("overall", findings);
  }

  private Section section(String name) {
    return count(name, findings.stream().filter(f -> f.sentence().section().equals(name)).toList());
  }

  private static Section count(String name, List<Finding> findings) {
    int key = (int) findings.stream().filter(Finding::key).count();
    int covered = (int) findings.stream().filter(f -> f.key() && f.card().isPresent()).count();
    return new Section(name, covered, key);
  }
}
