package retain.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass over a class's reports: which files count (the last one of each student), which
 * decks and deck versions they were graded against, and the items every counted report has. It
 * keeps a few strings a file, never the answers.
 */
public final class Roster {

  private final Map<String, String> lastSourceOf = new LinkedHashMap<>();
  private final Map<String, List<String>> sourcesOf = new LinkedHashMap<>();
  private final Map<String, Set<String>> itemsOfVersion = new LinkedHashMap<>();
  private final Map<String, String> versionOf = new LinkedHashMap<>();

  /**
   * Takes one report into account; a later report of the same student replaces an earlier one. A
   * header alone ({@link ExamSheets#head}) is enough, except for the first report of each deck
   * version ({@link #needsItems}), whose items are the version's.
   */
  public void add(ExamSheet sheet) {
    lastSourceOf.remove(sheet.who());
    lastSourceOf.put(sheet.who(), sheet.source());
    List<String> sources = sourcesOf.computeIfAbsent(sheet.who(), who -> new ArrayList<>());
    if (!sources.contains(sheet.source())) {
      sources.add(sheet.source());
    }
    String version = version(sheet);
    versionOf.put(sheet.who(), version);
    itemsOfVersion
        .computeIfAbsent(version, v -> new LinkedHashSet<>())
        .addAll(sheet.answers().stream().map(Answer::item).toList());
  }

  /** Whether the sheet is the first of its deck version, whose answers must be added too. */
  public boolean needsItems(ExamSheet sheet) {
    return !itemsOfVersion.containsKey(version(sheet));
  }

  private static String version(ExamSheet sheet) {
    return sheet.deck() + " (version " + sheet.hash() + ")";
  }

  /** The files that count, in the order they were added. */
  public Set<String> counted() {
    return new LinkedHashSet<>(lastSourceOf.values());
  }

  /** The items of the first version, kept when every counted version has them too. */
  public List<String> commonItems() {
    Set<String> versions = new LinkedHashSet<>(versionOf.values());
    List<String> common = new ArrayList<>();
    versions.stream().findFirst().ifPresent(first -> common.addAll(itemsOfVersion.get(first)));
    versions.forEach(version -> common.retainAll(itemsOfVersion.get(version)));
    return common;
  }

  /** Whether the counted reports were graded against more than one deck or deck version. */
  public boolean mixed() {
    return new LinkedHashSet<>(versionOf.values()).size() > 1;
  }

  /** What an instructor should know: replaced reports and mixed decks, one line each. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    sourcesOf.forEach(
        (who, sources) -> {
          if (sources.size() > 1) {
            notes.add(
                "student '"
                    + who
                    + "' has "
                    + sources.size()
                    + " reports; the last one counts: "
                    + sources.get(sources.size() - 1));
          }
        });
    if (mixed()) {
      Map<String, Integer> students = new LinkedHashMap<>();
      versionOf.values().forEach(version -> students.merge(version, 1, Integer::sum));
      students.forEach(
          (version, count) -> notes.add(count + " report(s) graded against " + version));
      notes.add(
          "reports come from different decks or deck versions; only the "
              + commonItems().size()
              + " items they all have are compared");
    }
    return notes;
  }
}
