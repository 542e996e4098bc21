package retain.deck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Small checks shared by the readers of list-valued answers. */
final class Values {

  private Values() {}

  static boolean distinct(List<YamlValue.Scalar> values, String what, Problems problems) {
    Set<String> seen = new HashSet<>();
    boolean distinct = true;
    for (YamlValue.Scalar value : values) {
      if (!seen.add(value.text())) {
        problems.error(value, "duplicate-value", "'" + value.text() + "' appears twice in " + what);
        distinct = false;
      }
    }
    return distinct;
  }

  static List<String> texts(List<YamlValue.Scalar> scalars) {
    return scalars.stream().map(YamlValue.Scalar::text).toList();
  }
}
