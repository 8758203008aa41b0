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
  void severalDaysAndNoTime() {
    ScheduleText.Parsed p = ScheduleText.parse("Måndagar og torsdagar");
    assertThat(p.byDay())
        .containsExactly("https://schema.org/Monday", "https://schema.org/Thursday");
    assertThat(p.startTime()).isNull();
  }

  @Test
  void textWithoutADayClaimsNothing() {
    ScheduleText.Parsed p = ScheduleText.parse("Etter avtale, hver gang det passer");
    assertThat(p.byDay()).isEmpty();
    assertThat(p.repeatFrequency()).isNull();
  }

  @Test
  void impossibleTimesAreIgnored() {
    assertThat(ScheduleText.parse("Fredag kl. 25.99").startTime()).isNull();
  }
}
