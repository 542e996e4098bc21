package retain.deck;

import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/**
 * A deck's {@code source:}: a line saying where the facts come from, or a mapping with the source
 * text's {@code path} (relative to the deck file) and an optional {@code title}.
 *
 * @param title where the facts come from, for people
 * @param path the source text's file as written, for {@code retain coverage}
 */
record SourceKey(Optional<String> title, Optional<String> path) {

  static SourceKey read(Fields deck, Problems problems) {
    if (deck.mapping().find("source").orElse(null) instanceof YamlValue.Mapping mapping) {
      Fields fields = new Fields(mapping, problems, "the deck's source");
      fields.allowOnly(List.of("title", "path"));
      Optional<String> path =
          fields
              .requireText("path", "the source text's file, relative to the deck file")
              .map(YamlValue.Scalar::text);
      return new SourceKey(fields.string("title"), path);
    }
    return new SourceKey(deck.string("source"), Optional.empty());
  }
}
