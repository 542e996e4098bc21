package retain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The items an instructor should look at, by the thresholds docs/report.md gives. */
final class Flags {

  static final double TOO_EASY = 90;
  static final double TOO_HARD = 20;
  static final double WEAK = 20;
  static final double MANY_UNANSWERED = 20;

  private Flags() {}

  /** Every flag, most worrying first, then in item order. */
  static List<Flag> of(List<ItemFigures> items) {
    List<Flag> flags = new ArrayList<>();
    items.forEach(item -> flags.addAll(of(item)));
    flags.sort(Comparator.comparing(Flag::kind));
    return flags;
  }

  private static List<Flag> of(ItemFigures item) {
    List<Flag> flags = new ArrayList<>();
    String id = item.item();
    if (item.discrimination().isPresent()) {
      double d = item.discrimination().getAsDouble();
      if (d < 0) {
        flags.add(
            new Flag(
                id,
                Flag.Kind.NEGATIVE_DISCRIMINATION,
                "students who did well on the rest got it wrong more often ("
                    + number(d)
                    + "%): check the key and the wording"));
      } else if (d < WEAK) {
        flags.add(
            new Flag(
                id,
                Flag.Kind.WEAK_DISCRIMINATION,
                "barely separates strong from weak students ("
                    + number(d)
                    + "%): reword it or replace it"));
      }
    }
    List<String> unused = new ArrayList<>();
    for (OptionFigures option : item.options()) {
      if (option.favouredByStrong()) {
        flags.add(
            new Flag(
                id,
                Flag.Kind.STRONG_DISTRACTOR,
                "\""
                    + option.text()
                    + "\" is picked by students who do better on the rest: is it also right?"));
      } else if (!option.right() && option.picks() == 0) {
        unused.add("\"" + option.text() + "\"");
      }
    }
    if (!unused.isEmpty()) {
      flags.add(
          new Flag(
              id,
              Flag.Kind.UNUSED_DISTRACTOR,
              "nobody picked " + String.join(", ", unused) + ": make it plausible or drop it"));
    }
    if (item.unanswered() > MANY_UNANSWERED) {
      flags.add(
          new Flag(
              id,
              Flag.Kind.MANY_UNANSWERED,
              number(item.unanswered()) + "% left it unanswered: unclear, or too long?"));
    }
    if (item.facility() > TOO_EASY) {
      flags.add(
          new Flag(
              id,
              Flag.Kind.TOO_EASY,
              number(item.facility()) + "% scored on it: it tells the class apart little"));
    } else if (item.facility() < TOO_HARD) {
      flags.add(
          new Flag(
              id,
              Flag.Kind.TOO_HARD,
              "only " + number(item.facility()) + "% scored on it: reteach it or check it"));
    }
    return flags;
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
