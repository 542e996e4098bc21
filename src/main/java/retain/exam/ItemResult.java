package retain.exam;

import java.util.Optional;
import retain.deck.Item;
import retain.deck.YamlValue;
import retain.grade.Verdict;

/**
 * How one item of an exam went.
 *
 * @param response the answer as written in the answers file; empty when it gave none
 */
public record ItemResult(Item item, Optional<YamlValue> response, Verdict verdict) {}
