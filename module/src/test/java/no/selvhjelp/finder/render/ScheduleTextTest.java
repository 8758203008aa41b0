package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the JSON-LD may claim about a free-text schedule, and what it must leave alone. */
class ScheduleTextTest {
  @Test
  void weeklyNynorskScheduleGivesDayTimeAndFrequency() {
    ScheduleText.Parsed p = ScheduleText.parse("Kvar tysdag kl. 18.00");
    assertThat(p.byDay()).containsExactly("https://schema.org/Tuesday");
    assertThat(p.startTime()).isEqualTo("18:00");
    assertThat(p.repeatFrequency()).isEqualTo("P1W");
  }

  @Test
  void fortnightlyIsNotReadAsWeekly() {
    ScheduleText.Parsed p = ScheduleText.parse("Annenhver mandag kl 19:30");
    assertThat(p.byDay()).containsExactly("https://schema.org/Monday");
    assertThat(p.startTime()).isEqualTo("19:30");
    assertThat(p.repeatFrequency()).isEqualTo("P2W");
  }

  @Test
  void aMonthlyRuleGivesItsWeekAndEndTime() {
    ScheduleText.Parsed p = ScheduleText.parse("Første tirsdag i måneden kl. 18-20");
    assertThat(p.byDay()).containsExactly("https://schema.org/Tuesday");
    assertThat(p.byMonthWeek()).containsExactly(1);
    assertThat(p.repeatFrequency()).isEqualTo("P1M");
    assertThat(p.startTime()).isEqualTo("18:00");
    assertThat(p.endTime()).isEqualTo("20:00");
  }

  @Test
  void daysWithoutATimeClaimNothingTheCalendarWouldNotClaim() {
    // The calendar and HSDS make no rule of this either: one reader, one answer.
    assertThat(ScheduleText.parse("Måndagar og torsdagar")).isEqualTo(ScheduleText.Parsed.NOTHING);
  }

  @Test
  void textWithoutADayClaimsNothing() {
    assertThat(ScheduleText.parse("Etter avtale, hver gang det passer"))
        .isEqualTo(ScheduleText.Parsed.NOTHING);
  }

  @Test
  void impossibleTimesAreIgnored() {
    assertThat(ScheduleText.parse("Fredag kl. 25.99").startTime()).isNull();
  }
}
