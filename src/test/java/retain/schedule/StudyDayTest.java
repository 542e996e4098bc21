package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
  private static final StudyDay DAY = StudyDay.in(MINSK);

  @Test
  void atThreeFiftyNineLocalItIsStillYesterday() {
    // Minsk is UTC+3: 03:59 local is 00:59 UTC.
    assertThat(DAY.dateOf(Instant.parse("2024-03-10T00:59:00Z")))
        .isEqualTo(LocalDate.of(2024, 3, 9));
  }

  @Test
  void atFourOhOneLocalANewDayHasBegun() {
    assertThat(DAY.dateOf(Instant.parse("2024-03-10T01:01:00Z")))
        .isEqualTo(LocalDate.of(2024, 3, 10));
  }

  @Test
  void theDayRunsFromFourToFourLocal() {
    Instant lateEvening = Instant.parse("2024-03-10T20:30:00Z");
    assertThat(DAY.start(lateEvening)).isEqualTo(Instant.parse("2024-03-10T01:00:00Z"));
    assertThat(DAY.end(lateEvening)).isEqualTo(Instant.parse("2024-03-11T01:00:00Z"));
  }

  @Test
  void theStartHourIsConfigurable() {
    StudyDay midnight = new StudyDay(ZoneId.of("UTC"), LocalTime.MIDNIGHT);
    assertThat(midnight.dateOf(Instant.parse("2024-03-10T00:00:00Z")))
        .isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(midnight.dateOf(Instant.parse("2024-03-09T23:59:59Z")))
        .isEqualTo(LocalDate.of(2024, 3, 9));
  }

  @Test
  void aDaylightSavingDayIsTwentyThreeHoursLongAndStillStartsAtFour() {
    StudyDay paris = StudyDay.in(ZoneId.of("Europe/Paris"));
    // Clocks go forward at 02:00 on 2024-03-31: 04:00 is 02:00 UTC that day, 03:00 UTC the day
    // before.
    Instant noon = Instant.parse("2024-03-30T11:00:00Z");
    assertThat(paris.start(noon)).isEqualTo(Instant.parse("2024-03-30T03:00:00Z"));
    assertThat(paris.end(noon)).isEqualTo(Instant.parse("2024-03-31T02:00:00Z"));
  }

  @Test
  void aStartInsideTheDaylightSavingGapBeginsWhenTheClockResumes() {
    StudyDay paris = new StudyDay(ZoneId.of("Europe/Paris"), LocalTime.of(2, 30));
    // 02:30 does not exist on 2024-03-31; java.time moves it to 03:30 local, 01:30 UTC.
    Instant justAfterTheJump = Instant.parse("2024-03-31T01:10:00Z");
    assertThat(paris.dateOf(justAfterTheJump)).isEqualTo(LocalDate.of(2024, 3, 30));
    assertThat(paris.start(justAfterTheJump)).isBeforeOrEqualTo(justAfterTheJump);
    assertThat(paris.end(justAfterTheJump)).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
  }
}
