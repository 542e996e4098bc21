package retain.yaml;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's messages into sentences an instructor can act on. */
final class YamlMessages {

  private YamlMessages() {}

  static String explain(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "a tab character here; YAML indents with spaces only";
    }
    if (problem.startsWith("Global tag is not allowed")) {
      String tag = problem.substring(problem.indexOf(':') + 1).strip();
      return "the tag '"
          + tag.replace("tag:yaml.org,2002:", "!!")
          + "' is not allowed; decks hold only plain text, lists and mappings";
    }
    if (problem.contains("but found another document")) {
      return "a deck file holds one YAML document, but a second one starts here";
    }
    String context = e.getContext() == null ? "" : e.getContext() + ": ";
    return "YAML syntax: " + context + problem.strip();
  }

  static String explain(YAMLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("aliases for non-scalar nodes")) {
      return "too many aliases (more than "
          + YamlParser.MAX_COLLECTION_ALIASES
          + " reuse a list or mapping); write the values out";
    }
    if (message.contains("Nesting Depth")) {
      return "the file nests more than " + YamlParser.MAX_NESTING + " levels deep";
    }
    if (message.contains("exceeds the limit")) {
      return "the file is larger than the "
          + YamlParser.MAX_CODE_POINTS
          + " characters a deck may have";
    }
    return "YAML: " + message.lines().findFirst().orElse(message);
  }
}
