package retain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture class's figures against an independent computation: check.py beside the fixture reads
 * the same reports with Python's statistics module and saved its answers in expected.json.
 */
class ClassTallyTest {

  private static final Path FIXTURE = Path.of("src/test/resources/report");
  private static final double CLOSE = 1e-6;

  private static ClassReport report;
  private static Map<?, ?> expected;

  @BeforeAll
  static void analyseTheFixtureClass() throws IOException {
    List<ExamSheet> sheets;
    try (Stream<Path> files = Files.list(FIXTURE.resolve("class"))) {
      sheets = files.sorted().map(ClassTallyTest::sheet).toList();
    }
    Roster roster = new Roster();
    sheets.forEach(roster::add);
    ClassTally tally = new ClassTally(roster.commonItems());
    sheets.forEach(tally::add);
    report = tally.report(roster.notes());
    expected = (Map<?, ?>) JsonText.parse(Files.readString(FIXTURE.resolve("expected.json")));
  }

  private static ExamSheet sheet(Path file) {
    try {
      return ((ExamSheets.Sheet) ExamSheets.read(file.toString(), Files.readString(file))).sheet();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void facilityOfEveryItemMatchesTheIndependentFigures() {
    Map<?, ?> facility = (Map<?, ?>) expected.get("facility");
    assertThat(report.items()).hasSize(8);
    for (ItemFigures item : report.items()) {
      assertThat(item.facility())
          .as(item.item())
          .isCloseTo((Double) facility.get(item.item()), within(CLOSE));
    }
  }

  @Test
  void discriminationExcludesTheItemFromTheRestScore() {
    Map<?, ?> discrimination = (Map<?, ?>) expected.get("discrimination");
    for (ItemFigures item : report.items()) {
      Object figure = discrimination.get(item.item());
      if (figure == null) {
        assertThat(item.discrimination()).as(item.item()).isEmpty();
      } else {
        assertThat(item.discrimination().getAsDouble())
            .as(item.item())
            .isCloseTo((Double) figure, within(CLOSE));
      }
    }
  }

  @Test
  void theWrongKeyComesOutWithNegativeDiscriminationAndAFavouredDistractor() {
    ItemFigures australia = item("capital-australia");

    assertThat(australia.discrimination().getAsDouble()).isNegative();
    assertThat(report.flags().get(0).item()).isEqualTo("capital-australia");
    assertThat(report.flags().get(0).kind()).isEqualTo(Flag.Kind.NEGATIVE_DISCRIMINATION);
    assertThat(australia.options())
        .filteredOn(OptionFigures::favouredByStrong)
        .extracting(OptionFigures::text)
        .containsExactly("Canberra");
  }

  @Test
  void anItemEveryoneGotRightHasNoDiscriminationRatherThanNaN() {
    assertThat(item("capital-france").discrimination()).isEmpty();
    assertThat(item("capital-france").facility()).isEqualTo(100);
  }

  @Test
  void unansweredItemsAreCountedAndFlagged() {
    assertThat(item("thames-city").attempts()).isEqualTo(24);
    assertThat(report.flags())
        .anyMatch(f -> f.item().equals("thames-city") && f.kind() == Flag.Kind.MANY_UNANSWERED);
  }

  @Test
  void testFiguresMatchTheIndependentFigures() {
    TestFigures test = report.test();
    assertThat(test.students()).isEqualTo(32);
    assertThat(test.kr20()).isFalse();
    assertThat(test.alpha().getAsDouble()).isCloseTo(number("alpha"), within(CLOSE));
    assertThat(test.sem().getAsDouble()).isCloseTo(number("sem"), within(CLOSE));
    assertThat(test.mean()).isCloseTo(number("mean"), within(CLOSE));
    assertThat(test.median()).isCloseTo(number("median"), within(CLOSE));
    assertThat(test.sd()).isCloseTo(number("sd"), within(CLOSE));
    assertThat(test.skewness().getAsDouble()).isCloseTo(number("skewness"), within(CLOSE));
    assertThat(test.kurtosis().getAsDouble()).isCloseTo(number("kurtosis"), within(CLOSE));
    assertThat(test.distribution().stream().mapToInt(Integer::intValue).sum()).isEqualTo(32);
  }

  @Test
  void tiedStudentsShareAPercentile() {
    List<StudentRow> atFifty = report.students().stream().filter(row -> row.score() == 50).toList();
    assertThat(atFifty).hasSizeGreaterThan(1);
    assertThat(atFifty)
        .extracting(StudentRow::percentile)
        .containsOnly(atFifty.get(0).percentile());
  }

  private static double number(String key) {
    return (Double) expected.get(key);
  }

  private static ItemFigures item(String id) {
    return report.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow();
  }
}
