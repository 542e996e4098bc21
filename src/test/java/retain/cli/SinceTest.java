package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SinceTest {

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

  @Test
  void aDateMeansMidnightWhereTheUserIs() {
    assertThat(Since.parse("2022-12-19", MINSK)).isEqualTo(Instant.parse("2022-12-18T21:00:00Z"));
  }

  @Test
  void aTimeWithAnOffsetIsThatInstantInAnyZone() {
    assertThat(Since.parse("2022-12-19T10:00:00+03:00", MINSK))
        .isEqualTo(Instant.parse("2022-12-19T07:00:00Z"));
    assertThat(Since.parse("2022-12-19T10:00:00.5Z", MINSK))
        .isEqualTo(Instant.parse("2022-12-19T10:00:00.500Z"));
  }

  @Test
  void anythingElseIsBadInputQuotingTheValue() {
    assertThatThrownBy(() -> Since.parse("19/12/2022", MINSK))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "--since expects a date such as 2022-12-19 or a time such as 2022-12-19T10:00:00Z,"
                + " got '19/12/2022'");
  }
}
