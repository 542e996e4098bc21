package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.yaml.Problem;

class YamlWriterTest {

  /** Texts that move columns or that YAML does not allow unescaped in a file. */
  private static final String HOSTILE =
      "a \"q\" \\ é 🇧🇾 \t\r\n \u0085 \u0080 \u009f \u2028 \u2029 \ufeff \ufffe \uffff \ud800 x: #";

  private static Map<String, Object> card(Object... fields) {
    Map<String, Object> card = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      card.put((String) fields[i], fields[i + 1]);
    }
    return card;
  }

  @Test
  void theTreeIsWhatAParserReadsFromTheTextSoLintFindsTheSameProblemsAtTheSamePlaces() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("🇧🇾 " + HOSTILE, HOSTILE);
    pairs.put("b", "🇧🇾");
    List<Map<String, Object>> cards =
        List.of(
            card("q", HOSTILE, "a", HOSTILE, "accept", List.of("🇧🇾", HOSTILE, "x"), "id", "h"),
            card(
                "type",
                "multi",
                "q",
                "Which?",
                "choices",
                List.of("🇧🇾", "b", "🇧🇾 "),
                "a",
                List.of("b")),
            card(
                "type",
                "numeric",
                "q",
                "How far?",
                "a",
                new BigDecimal("1.50"),
                "tolerance",
                new BigDecimal("1E+3")),
            card("type", "truefalse", "q", "True?", "a", true, "explain", HOSTILE),
            card("type", "match", "q", "Match", "pairs", pairs, "explain", "x"),
            card("type", "order", "q", "Order", "items", List.of(1, "b", 3)));

    DeckFile deck =
        DeckImport.yaml(
            new Draft(Optional.of(HOSTILE), Optional.empty(), cards), "h", Optional.empty());

    assertThat(ImportedDecks.lint(deck).problems()).anyMatch(Problem::isError);
  }

  @Test
  void aDeckWithoutCardsIsRefusedAtTheSamePlaceEitherWay() {
    DeckFile deck =
        DeckImport.yaml(
            new Draft(Optional.empty(), Optional.empty(), List.of()), "e.csv", Optional.empty());

    assertThat(ImportedDecks.lint(deck).problems()).anyMatch(Problem::isError);
  }
}
