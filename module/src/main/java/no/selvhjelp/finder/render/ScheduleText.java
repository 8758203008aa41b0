package no.selvhjelp.finder.render;

import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.schedule.MeetingRule;
import no.selvhjelp.finder.schedule.ScheduleParser;

/**
 * What schema.org's {@code Schedule} may claim about a free-text schedule ("Kvar tysdag kl. 18.00",
 * "Annenhver mandag kl 19:30"). It reads through {@link ScheduleParser}, the reader the calendar
 * and HSDS use, so the three never disagree about when a group meets; a text that reader cannot
 * turn into a rule is left to the description alone.
 */
final class ScheduleText {
  private ScheduleText() {}

  /**
   * @param byDay schema.org day URLs, in week order
   * @param startTime {@code HH:MM}, or null
   * @param endTime {@code HH:MM}, or null
   * @param repeatFrequency an ISO 8601 duration ({@code P1W}, {@code P2W}, {@code P1M}), or null
   * @param byMonthWeek for a monthly rule by weekday: which weeks (1 = first, -1 = last)
   * @param byMonthDay for a monthly rule by date: the day of the month, or null
   */
  record Parsed(
      List<String> byDay,
      String startTime,
      String endTime,
      String repeatFrequency,
      List<Integer> byMonthWeek,
      Integer byMonthDay) {
    static final Parsed NOTHING = new Parsed(List.of(), null, null, null, List.of(), null);
  }

  static Parsed parse(String text) {
    return ScheduleParser.read(text).asRule().map(ScheduleText::claims).orElse(Parsed.NOTHING);
  }

  private static Parsed claims(MeetingRule rule) {
    List<String> days =
        rule.days().stream()
            .map(d -> "https://schema.org/" + d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();
    boolean monthly = rule.frequency() == MeetingRule.Frequency.MONTHLY;
    return new Parsed(
        days,
        time(rule.start()),
        time(rule.end()),
        monthly ? "P" + rule.interval() + "M" : "P" + rule.interval() + "W",
        monthly ? rule.ordinals() : List.of(),
        rule.monthDay());
  }

  private static String time(LocalTime t) {
    return t == null ? null : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }
}
