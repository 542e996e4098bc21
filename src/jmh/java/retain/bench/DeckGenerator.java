package retain.bench;

import java.util.SplittableRandom;

/**
 * Writes a valid deck of any size in retain's YAML format: cards cycle through all nine types, each
 * cloze has one blank so that items equal cards, and the words come from a seeded random so that
 * text lengths and typo distances look like a real deck's.
 */
public final class DeckGenerator {
  private static final String[] WORDS = {
    "treaty",
    "minister",
    "summit",
    "border",
    "union",
    "council",
    "pipeline",
    "tariff",
    "exercise",
    "agreement",
    "budget",
    "parliament",
    "delegation",
    "protocol",
    "reactor",
    "harbour",
    "railway",
    "customs",
    "currency",
    "election",
    "garrison",
    "province",
    "charter",
    "embassy",
    "sanction"
  };
  private static final String[] TOPICS = {"dates", "people", "systems", "agreements", "economy"};
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private DeckGenerator() {}

  /** The deck {@code id} with {@code items} items, the same text for the same seed. */
  public static String deck(String id, int items, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder yaml = new StringBuilder(items * 220);
    yaml.append("retain: 1\nid: ").append(id).append('\n');
    yaml.append("title: Generated deck of ").append(items).append(" items\n");
    yaml.append("topics:\n");
    for (String topic : TOPICS) {
      yaml.append("  ").append(topic).append(": The ").append(topic).append(" of the deck\n");
    }
    yaml.append("cards:\n");
    for (int n = 0; n < items; n++) {
      card(yaml, n, random);
    }
    return yaml.toString();
  }

  private static void card(StringBuilder yaml, int n, SplittableRandom random) {
    yaml.append("  - id: card-").append(n).append('\n');
    yaml.append("    topic: ").append(TOPICS[n % TOPICS.length]).append('\n');
    String q = "    q: " + phrase(random, 8) + " " + n + "?\n";
    switch (n % 9) {
      case 0 -> yaml.append(q).append("    a: ").append(phrase(random, 2)).append('\n');
      case 1 -> {
        yaml.append("    type: choice\n").append(q).append("    choices:\n");
        String answer = phrase(random, 3) + " one";
        yaml.append("      - ").append(answer).append('\n');
        for (int c = 0; c < 3; c++) {
          yaml.append("      - ")
              .append(phrase(random, 3))
              .append(" other ")
              .append(c)
              .append('\n');
        }
        yaml.append("    a: ").append(answer).append('\n');
      }
      case 2 -> {
        yaml.append("    type: multi\n").append(q).append("    choices:\n");
        String[] choices = new String[5];
        for (int c = 0; c < choices.length; c++) {
          choices[c] = "choice " + c + " " + phrase(random, 2);
          yaml.append("      - ").append(choices[c]).append('\n');
        }
        yaml.append("    a: [").append(choices[0]).append(", ").append(choices[2]).append("]\n");
      }
      case 3 ->
          yaml.append("    type: truefalse\n")
              .append(q)
              .append("    a: ")
              .append(n % 2 == 0)
              .append('\n');
      case 4 ->
          yaml.append("    type: numeric\n")
              .append(q)
              .append("    a: ")
              .append(random.nextInt(1, 100_000) / 10.0)
              .append("\n    unit: km\n");
      case 5 ->
          yaml.append("    type: date\n")
              .append(q)
              .append("    a: ")
              .append(
                  String.format(
                      "%d-%02d-%02d",
                      random.nextInt(1900, 2025), random.nextInt(1, 13), random.nextInt(1, 29)))
              .append('\n');
      case 6 ->
          yaml.append("    type: cloze\n    text: \"")
              .append(phrase(random, 5))
              .append(" {{")
              .append(phrase(random, 2))
              .append("}} ")
              .append(phrase(random, 4))
              .append(".\"\n");
      case 7 -> {
        yaml.append("    type: order\n").append(q).append("    items:\n");
        for (int c = 0; c < 4; c++) {
          yaml.append("      - ")
              .append(MONTHS[c * 3])
              .append(' ')
              .append(phrase(random, 3))
              .append('\n');
        }
      }
      default -> {
        yaml.append("    type: match\n").append(q).append("    pairs:\n");
        for (int c = 0; c < 3; c++) {
          yaml.append("      left ")
              .append(c)
              .append(' ')
              .append(phrase(random, 2))
              .append(": right ")
              .append(c)
              .append(' ')
              .append(phrase(random, 2))
              .append('\n');
        }
      }
    }
    yaml.append("    explain: ").append(phrase(random, 12)).append(".\n");
  }

  private static String phrase(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
