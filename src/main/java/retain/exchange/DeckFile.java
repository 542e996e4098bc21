package retain.exchange;

import retain.yaml.YamlValue;

/**
 * An imported deck: the text to write, and the tree a YAML parser reads from that text, so lint can
 * check the tree instead of parsing the text again (issue 21).
 */
public record DeckFile(String yaml, YamlValue tree) {}
