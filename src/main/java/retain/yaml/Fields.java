package retain.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping against a schema: rejects unknown keys with a suggestion,
 * reports missing ones, and reads each value as the schema expects (text stays text).
 */
public final class Fields {

  private final YamlValue.Mapping mapping;
  private final Problems problems;
  private final String owner;

  /**
   * Fields of {@code mapping}; {@code owner} names it in messages, such as "card 'minsk-visit'".
   */
  public Fields(YamlValue.Mapping mapping, Problems problems, String owner) {
    this.mapping = mapping;
    this.problems = problems;
    this.owner = owner;
  }

  /** The mapping these fields come from. */
  public YamlValue.Mapping mapping() {
    return mapping;
  }

  /** Reports every key outside {@code allowed}, suggesting the nearest allowed one. */
  public void allowOnly(Collection<String> allowed) {
    allowOnly(allowed, key -> Optional.empty());
  }

  /**
   * Reports every key outside {@code allowed}; {@code explain} may say why a known key does not
   * belong here (for example a key of another card type).
   */
  public void allowOnly(
      Collection<String> allowed, java.util.function.Function<String, Optional<String>> explain) {
    for (YamlValue.Entry entry : mapping.entries()) {
      String key = entry.key().text();
      if (allowed.contains(key)) {
        continue;
      }
      String message =
          explain
              .apply(key)
              .orElseGet(
                  () ->
                      "unknown key '"
                          + key
                          + "' in "
                          + owner
                          + Suggestions.nearest(key, allowed)
                              .map(near -> "; did you mean '" + near + "'?")
                              .orElse("; expected one of: " + String.join(", ", allowed)));
      problems.error(entry.key(), "unknown-key", message);
    }
  }

  /** The text under {@code key}; reported when missing or not text. */
  public Optional<YamlValue.Scalar> requireText(String key, String meaning) {
    if (mapping.find(key).isEmpty()) {
      problems.error(mapping, "missing-key", owner + " is missing '" + key + "' (" + meaning + ")");
      return Optional.empty();
    }
    return text(key).filter(scalar -> !blank(scalar, "'" + key + "' in " + owner));
  }

  /**
   * Reports text that is empty or only spaces: such a question, answer, choice or side matched
   * nothing or everything, and its card answered "wrong: the answer is " to any answer (issue 15).
   */
  public boolean blank(YamlValue.Scalar scalar, String what) {
    if (!scalar.text().isBlank()) {
      return false;
    }
    problems.error(scalar, "empty-text", what + " is empty; write the text or remove the key");
    return true;
  }

  /** The text under {@code key} if present; reported when it is not text. */
  public Optional<YamlValue.Scalar> text(String key) {
    Optional<YamlValue> value = mapping.find(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof YamlValue.Scalar scalar) || scalar.isNull()) {
      problems.error(
          value.get(),
          "wrong-type",
          "'" + key + "' in " + owner + " should be text, found " + value.get().describe());
      return Optional.empty();
    }
    if (scalar.resolved().equals("bool")) {
      problems.warning(
          scalar,
          "yaml-boolean",
          "'"
              + scalar.text()
              + "' is read as text; other YAML tools read it as a boolean, so quote it");
    }
    return Optional.of(scalar);
  }

  /** The text under {@code key} as a string, if present and text. */
  public Optional<String> string(String key) {
    return text(key).map(YamlValue.Scalar::text);
  }

  /** A list of texts under {@code key}; a single text counts as a list of one. */
  public Optional<List<YamlValue.Scalar>> textList(String key) {
    Optional<YamlValue> value = mapping.find(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
      return Optional.of(List.of(scalar));
    }
    if (!(value.get() instanceof YamlValue.Sequence sequence)) {
      problems.error(
          value.get(),
          "wrong-type",
          "'" + key + "' in " + owner + " should be a list, found " + value.get().describe());
      return Optional.empty();
    }
    List<YamlValue.Scalar> texts = new ArrayList<>();
    for (YamlValue item : sequence.items()) {
      if (item instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
        if (!blank(scalar, "an item of '" + key + "' in " + owner)) {
          texts.add(scalar);
        }
      } else {
        problems.error(
            item,
            "wrong-type",
            "items of '" + key + "' in " + owner + " should be text, found " + item.describe());
      }
    }
    return Optional.of(texts);
  }

  /** The mapping under {@code key}, if present; reported when it is something else. */
  public Optional<YamlValue.Mapping> mapping(String key) {
    Optional<YamlValue> value = mapping.find(key);
    if (value.isPresent() && !(value.get() instanceof YamlValue.Mapping)) {
      problems.error(
          value.get(),
          "wrong-type",
          "'" + key + "' in " + owner + " should be a mapping, found " + value.get().describe());
      return Optional.empty();
    }
    return value.map(YamlValue.Mapping.class::cast);
  }

  /** A yes/no flag under {@code key}: true/false (YAML's yes/no too), else {@code absent}. */
  public boolean flag(String key, boolean absent) {
    Optional<YamlValue> value = mapping.find(key);
    if (value.isEmpty()) {
      return absent;
    }
    if (value.get() instanceof YamlValue.Scalar scalar) {
      Optional<Boolean> flag = Flags.parse(scalar.text());
      if (flag.isPresent()) {
        return flag.get();
      }
    }
    problems.error(
        value.get(),
        "wrong-type",
        "'" + key + "' in " + owner + " should be true or false, found " + value.get().describe());
    return absent;
  }

  /** The keys present, for checks that span several keys. */
  public Set<String> keys() {
    return Set.copyOf(mapping.entries().stream().map(entry -> entry.key().text()).toList());
  }
}
