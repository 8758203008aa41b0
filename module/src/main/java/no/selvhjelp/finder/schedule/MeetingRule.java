package no.selvhjelp.finder.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a group meets, as far as its schedule text says it exactly: weekly (every or every other
 * week) on given weekdays, or monthly on the nth weekday or a day of the month, from a start time
 * to an optional end time, in Norwegian local time (Europe/Oslo).
 *
 * @param interval 1, or 2 for every other week
 * @param days the weekdays, in week order
 * @param ordinals for {@link Frequency#MONTHLY} by weekday: which occurrences (1 to 4, or -1 for
 *     the last); empty otherwise
 * @param monthDay for {@link Frequency#MONTHLY} by date: the day of the month; null otherwise
 * @param parity for every other week: whether the text says even or odd ISO week numbers
 * @param end null when the text gives only a start time
 * @param exceptSchoolHolidays the text says the group pauses in school holidays, which vary by
 *     kommune and cannot be expressed as a rule
 */
public record MeetingRule(
    Frequency frequency,
    int interval,
    List<DayOfWeek> days,
    List<Integer> ordinals,
    Integer monthDay,
    WeekParity parity,
    LocalTime start,
    LocalTime end,
    boolean exceptSchoolHolidays) {

  public enum Frequency {
    WEEKLY,
    MONTHLY
  }

  /** Norwegian groups that meet every other week say which: "partallsuker" or "oddetallsuker". */
  public enum WeekParity {
    UNSTATED,
    EVEN,
    ODD
  }

  public MeetingRule {
    days = List.copyOf(days);
    ordinals = List.copyOf(ordinals);
  }

  /** RFC 5545 two-letter weekday codes, with the ordinal prefix for monthly rules ("1TU"). */
  public String byDay() {
    List<String> parts = new ArrayList<>();
    if (ordinals.isEmpty()) {
      days.forEach(d -> parts.add(code(d)));
    } else {
      for (int n : ordinals) {
        days.forEach(d -> parts.add(n + code(d)));
      }
    }
    return String.join(",", parts);
  }

  /** The RRULE value (without DTSTART or UNTIL). */
  public String rrule() {
    StringBuilder rule = new StringBuilder("FREQ=").append(frequency.name());
    if (interval > 1) {
      rule.append(";INTERVAL=").append(interval);
    }
    if (monthDay != null) {
      rule.append(";BYMONTHDAY=").append(monthDay);
    } else {
      rule.append(";BYDAY=").append(byDay());
    }
    return rule.toString();
  }

  /**
   * Whether every meeting date follows from the rule alone. Every other week without a stated
   * parity does not: the text does not say which weeks.
   */
  public boolean datesKnown() {
    return interval == 1 || parity != WeekParity.UNSTATED;
  }

  /** The first meeting date on or after {@code from}, for a rule whose dates are known. */
  public LocalDate firstOnOrAfter(LocalDate from) {
    if (!datesKnown()) {
      throw new IllegalStateException("which weeks the group meets in is not known");
    }
    for (LocalDate d = from; ; d = d.plusDays(1)) {
      if (matches(d)) {
        return d;
      }
    }
  }

  /** Whether the group meets on this date. */
  public boolean matches(LocalDate d) {
    if (frequency == Frequency.MONTHLY) {
      if (monthDay != null) {
        return d.getDayOfMonth() == monthDay;
      }
      if (!days.contains(d.getDayOfWeek())) {
        return false;
      }
      for (int n : ordinals) {
        LocalDate nth =
            n > 0
                ? d.with(TemporalAdjusters.dayOfWeekInMonth(n, d.getDayOfWeek()))
                : d.with(TemporalAdjusters.lastInMonth(d.getDayOfWeek()));
        if (nth.equals(d)) {
          return true;
        }
      }
      return false;
    }
    if (!days.contains(d.getDayOfWeek())) {
      return false;
    }
    if (interval == 1) {
      return true;
    }
    boolean even = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0;
    return parity == (even ? WeekParity.EVEN : WeekParity.ODD);
  }

  static String code(DayOfWeek day) {
    return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
  }
}
