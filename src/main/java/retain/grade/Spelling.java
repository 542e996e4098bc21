package retain.grade;

import java.util.List;
import java.util.Map;

/**
 * One spelling for the ways a word is commonly written (issue 12): Cyrillic in its usual
 * romanisation, the romanisations of Russian, Belarusian and Ukrainian that differ only by
 * convention, and British and American spelling. Both sides of a comparison are folded, so the
 * forms meet whichever the deck chose; what is folded is the list below, not a dictionary.
 */
final class Spelling {

  /** Cyrillic letters (after accents are removed, so й is и) as most English texts write them. */
  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"),
          Map.entry('і', "i"),
          Map.entry('ў', "u"),
          Map.entry('є', "ye"),
          Map.entry('ґ', "g"));

  /**
   * Given names whose Belarusian, Ukrainian, Polish or older English forms differ by more than the
   * letter rules below, keyed and valued in folded form.
   */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("lukashenka", "lukashenko"),
          Map.entry("aliaksandr", "aleksander"),
          Map.entry("aleksandr", "aleksander"),
          Map.entry("oleksandr", "aleksander"),
          Map.entry("viktar", "viktor"),
          Map.entry("victor", "viktor"),
          Map.entry("wladimir", "vladimir"),
          Map.entry("uladzimir", "vladimir"),
          Map.entry("dzmitri", "dmitri"),
          Map.entry("siarhei", "sergei"),
          Map.entry("serhii", "sergei"));

  private Spelling() {}

  /** Endings written two ways, each also with a plural s, and the way they are folded to. */
  private static final List<String[]> ENDINGS =
      List.of(
          new String[] {"mme", "m"},
          new String[] {"ence", "ense"},
          new String[] {"isation", "ization"},
          new String[] {"ise", "ize"},
          new String[] {"ised", "ized"},
          new String[] {"ising", "izing"});

  /** Endings folded only in words of 6 letters or more, so that four and for stay apart. */
  private static final List<String[]> LONG_ENDINGS =
      List.of(new String[] {"our", "or"}, new String[] {"tre", "ter"});

  private static final List<String> Y_ENDINGS = List.of("iy", "ij", "yi", "ii", "y");

  /** A normalised word (lower case, no accents) in its folded spelling. */
  static String fold(String word) {
    String w = latin(word);
    w = w.replace("x", "ks").replace("sz", "sh");
    // a y before a vowel is the Cyrillic soft vowel: Alyaksandr = Aliaksandr, Soyuza = Soiuza
    w = softY(w);
    // -iy, -ij, -yi, -ii and -y endings: Russkiy = Russky = Russkij = Russkii, Dmitry = Dmitri
    for (String ending : Y_ENDINGS) {
      if (w.endsWith(ending)) {
        w = w.substring(0, w.length() - ending.length()) + "i";
        break;
      }
    }
    // British and American: programme/program, defence/defense, -isation/-ization, centre/center
    w = ending(w, ENDINGS);
    String folded = w.length() >= 6 ? ending(w, LONG_ENDINGS) : w;
    return NAMES.getOrDefault(folded, folded);
  }

  private static String softY(String word) {
    int y = word.indexOf('y');
    if (y < 0) {
      return word;
    }
    char[] letters = word.toCharArray();
    for (int i = y; i < letters.length - 1; i++) {
      if (letters[i] == 'y' && "aeiou".indexOf(letters[i + 1]) >= 0) {
        letters[i] = 'i';
      }
    }
    return new String(letters);
  }

  private static String ending(String word, List<String[]> endings) {
    for (String[] pair : endings) {
      for (String plural : List.of("", "s")) {
        if (word.endsWith(pair[0] + plural)) {
          return word.substring(0, word.length() - pair[0].length() - plural.length())
              + pair[1]
              + plural;
        }
      }
    }
    return word;
  }

  private static String latin(String word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      String latin = CYRILLIC.get(word.charAt(i));
      if (latin != null && out == null) {
        out = new StringBuilder(word.length() + 4).append(word, 0, i);
      }
      if (out != null) {
        out.append(latin != null ? latin : String.valueOf(word.charAt(i)));
      }
    }
    return out == null ? word : out.toString();
  }
}
