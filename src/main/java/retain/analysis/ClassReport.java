package retain.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code retain report} says about a class.
 *
 * @param topics the class's mean score per topic, in percent, in the order the items have them
 * @param notes what the reader should know about the input: replaced reports, mixed decks
 */
public record ClassReport(
    String deck,
    TestFigures test,
    List<ItemFigures> items,
    Map<String, Double> topics,
    List<StudentRow> students,
    List<Flag> flags,
    List<String> notes) {

  public ClassReport {
    items = List.copyOf(items);
    topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
    students = List.copyOf(students);
    flags = List.copyOf(flags);
    notes = List.copyOf(notes);
  }
}
