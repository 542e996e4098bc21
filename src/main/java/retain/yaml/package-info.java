/**
 * Reading YAML files (decks, answers files, config.yaml) into a tree of values that remember their
 * line and column, and the problems found while reading them, each located for an editor. The only
 * package that sees SnakeYAML, and it never builds objects from tags. No I/O: files come in as
 * bytes.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.yaml;
