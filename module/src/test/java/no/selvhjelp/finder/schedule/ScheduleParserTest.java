package no.selvhjelp.finder.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import no.selvhjelp.finder.schedule.MeetingRule.WeekParity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {

  private static MeetingRule rule(String text) {
    ScheduleParser.Reading reading = ScheduleParser.read(text);
    assertThat(reading.problem()).as(text).isNull();
    return reading.rule();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}-{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hver tirsdag kl. 18.00–19.30|FREQ=WEEKLY;BYDAY=TU|18:00|19:30",
        "Kvar onsdag 18:00-20:00|FREQ=WEEKLY;BYDAY=WE|18:00|20:00",
        "kvar tysdag kl. 18–20|FREQ=WEEKLY;BYDAY=TU|18:00|20:00",
        "Annenhver tirsdag kl. 18.00–19.30|FREQ=WEEKLY;INTERVAL=2;BYDAY=TU|18:00|19:30",
        "Annankvar måndag kl. 11.00–12.30|FREQ=WEEKLY;INTERVAL=2;BYDAY=MO|11:00|12:30",
        "første mandag i måneden kl 17–19|FREQ=MONTHLY;BYDAY=1MO|17:00|19:00",
        "Første torsdag i månaden kl. 19.00–20.30|FREQ=MONTHLY;BYDAY=1TH|19:00|20:30",
        "siste fredag i måneden kl. 12|FREQ=MONTHLY;BYDAY=-1FR|12:00|",
        "første og tredje onsdag i måneden kl. 18-20|FREQ=MONTHLY;BYDAY=1WE,3WE|18:00|20:00",
        "Den 15. i måneden kl. 18.00-19.00|FREQ=MONTHLY;BYMONTHDAY=15|18:00|19:00",
        "Tirsdag kl. 17.30–19.00, hver uke|FREQ=WEEKLY;BYDAY=TU|17:30|19:00",
        "Måndag kl. 12.00–13.30, kvar veke|FREQ=WEEKLY;BYDAY=MO|12:00|13:30",
        "Hver mandag og torsdag kl. 18-20|FREQ=WEEKLY;BYDAY=MO,TH|18:00|20:00",
        "Tirsdager fra kl. 18 til 20|FREQ=WEEKLY;BYDAY=TU|18:00|20:00",
        "Every Wednesday 18:00-20:00|FREQ=WEEKLY;BYDAY=WE|18:00|20:00",
        "Every other Tuesday at 18:00 to 19:30|FREQ=WEEKLY;INTERVAL=2;BYDAY=TU|18:00|19:30",
        "First Monday of the month 17-19|FREQ=MONTHLY;BYDAY=1MO|17:00|19:00",
        "Etter Kurs i depresjonsmestring (KiD): hver onsdag kl. 18.00–19.30"
            + "|FREQ=WEEKLY;BYDAY=WE|18:00|19:30",
        "Hver torsdag kl. 19.00–20.30, på nett (video)|FREQ=WEEKLY;BYDAY=TH|19:00|20:30",
        "Kvar onsdag kl. 18–20, i lokalet og på nett (video)|FREQ=WEEKLY;BYDAY=WE|18:00|20:00",
      })
  void readsTheFormsEditorsWrite(String text, String rrule, String start, String end) {
    MeetingRule rule = rule(text);
    assertThat(rule.rrule()).isEqualTo(rrule);
    assertThat(rule.start()).isEqualTo(LocalTime.parse(start));
    assertThat(rule.end()).isEqualTo(end == null ? null : LocalTime.parse(end));
  }

  @Test
  void everyOtherWeekWithoutParityHasNoKnownDates() {
    MeetingRule rule = rule("Annenhver tirsdag kl. 18.00–19.30");
    assertThat(rule.parity()).isEqualTo(WeekParity.UNSTATED);
    assertThat(rule.datesKnown()).isFalse();
  }

  @Test
  void evenWeeksMeanEvenIsoWeekNumbers() {
    MeetingRule rule = rule("Annenhver tirsdag kl. 18.00–19.30 (partallsuker)");
    assertThat(rule.parity()).isEqualTo(WeekParity.EVEN);
    assertThat(rule.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    // 2025-01-07 is in ISO week 2, 2025-01-14 in week 3.
    assertThat(rule.firstOnOrAfter(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 1, 7));
    assertThat(rule.firstOnOrAfter(LocalDate.of(2025, 1, 8))).isEqualTo(LocalDate.of(2025, 1, 21));
  }

  @Test
  void oddWeeksWithoutAnnenhverStillMeanEveryOtherWeek() {
    MeetingRule rule = rule("Hver onsdag i oddetallsuker kl. 18-20");
    assertThat(rule.interval()).isEqualTo(2);
    assertThat(rule.parity()).isEqualTo(WeekParity.ODD);
    assertThat(rule.firstOnOrAfter(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void schoolHolidaysAreRememberedButDoNotStopTheReading() {
    MeetingRule rule = rule("Hver mandag kl. 18.00–19.30 (ikke i skoleferiene)");
    assertThat(rule.exceptSchoolHolidays()).isTrue();
    assertThat(rule.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
    assertThat(rule("Kvar tysdag kl. 18–20 (ikkje i skuleferiane)").exceptSchoolHolidays())
        .isTrue();
  }

  @Test
  void monthlyByWeekdayFindsTheNthWeekdayOfTheMonth() {
    MeetingRule first = rule("første mandag i måneden kl 17–19");
    assertThat(first.firstOnOrAfter(LocalDate.of(2025, 3, 4))).isEqualTo(LocalDate.of(2025, 4, 7));
    MeetingRule last = rule("siste fredag i måneden kl. 12");
    assertThat(last.firstOnOrAfter(LocalDate.of(2025, 2, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Etter avtale",
        "Tirsdag kl. 18",
        "Hver tirsdag",
        "Hver tirsdag kl. 18, men ikke i juli",
        "Hver tirsdag kl. 20-18",
        "Hver tirsdag kl. 25",
        "første mandag kl. 17",
        "Annenhver mandag i måneden kl. 17",
        "Den 31. i måneden kl. 18",
        "Annenhver tirsdag i partallsuker og oddetallsuker kl. 18",
        "Hver tirsdag eller onsdag kl. 18",
      })
  void leavesWhatItCannotReadUnread(String text) {
    ScheduleParser.Reading reading = ScheduleParser.read(text);
    assertThat(reading.rule()).as(text).isNull();
    assertThat(reading.problem()).isNotBlank();
  }
}
