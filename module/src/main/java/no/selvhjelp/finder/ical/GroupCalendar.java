package no.selvhjelp.finder.ical;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.schedule.MeetingRule;
import no.selvhjelp.finder.schedule.ScheduleParser;

/**
 * iCalendar (RFC 5545) feeds of groups' recurring meetings, one VEVENT with an RRULE per group, in
 * Europe/Oslo time.
 *
 * <p>A group gets events only when a visitor may simply turn up: it is published, open (not
 * starting, full or paused), not a closed group, and its schedule text reads as an exact rule (see
 * {@link ScheduleParser}). Every group left out is named in an {@code X-SELVHJELP-OMITTED} line
 * with the reason, so an editor can see why their group has no dates; a calendar client ignores
 * those lines.
 */
public final class GroupCalendar {
  static final String PRODID = "-//Selvhjelp Norge//selvhjelp-finder//NB";
  static final String UID_DOMAIN = "@selvhjelp-finder";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final ReferenceData ref;
  private final Clock clock;

  public GroupCalendar(ReferenceData ref, Clock clock) {
    this.ref = ref;
    this.clock = clock;
  }

  /** Why a group has no events, or null if it has. */
  static String omission(Group g) {
    if (g.closed()) {
      return "closed group: new members join by agreement with the contact person, so no dates";
    }
    if (!"open".equals(g.status())) {
      return "status " + g.status() + ": the group does not meet for newcomers now";
    }
    ScheduleParser.Reading reading = ScheduleParser.read(g.schedule());
    if (reading.rule() == null) {
      return "schedule " + reading.problem();
    }
    if (!reading.rule().datesKnown()) {
      return "schedule says every other week but not which weeks (partallsuker or oddetallsuker)";
    }
    return null;
  }

  /** The feed of the given published groups, in their order, under a calendar name. */
  public String feed(String calendarName, List<Group> groups) {
    ContentLines lines = new ContentLines();
    lines
        .raw("BEGIN", "VCALENDAR")
        .raw("VERSION", "2.0")
        .raw("PRODID", PRODID)
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", calendarName)
        .raw("X-WR-TIMEZONE", OsloTimeZone.TZID);
    List<Group> withEvents = new ArrayList<>();
    for (Group g : groups) {
      String why = omission(g);
      if (why == null) {
        withEvents.add(g);
      } else {
        lines.text("X-SELVHJELP-OMITTED", g.id() + ": " + why);
      }
    }
    if (!withEvents.isEmpty()) {
      OsloTimeZone.write(lines);
    }
    String stamp = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    LocalDate anchor = LocalDate.now(clock.withZone(OsloTimeZone.ZONE)).withDayOfMonth(1);
    for (Group g : withEvents) {
      MeetingRule rule = ScheduleParser.read(g.schedule()).rule();
      if (rule.interval() == 1) {
        event(lines, g, rule, g.id() + UID_DOMAIN, stamp, rule.firstOnOrAfter(anchor), null);
      } else {
        // "Partallsuker" follow ISO week numbers, and a year with week 53 breaks a plain
        // INTERVAL=2 rule; so each ISO year gets its own event, ending with that year.
        int year = anchor.get(IsoFields.WEEK_BASED_YEAR);
        for (int y = year; y <= year + 1; y++) {
          LocalDate yearStart = isoYearStart(y);
          LocalDate from = anchor.isAfter(yearStart) ? anchor : yearStart;
          LocalDate lastDay = isoYearStart(y + 1).minusDays(1);
          LocalDate first = rule.firstOnOrAfter(from);
          if (first.isAfter(lastDay)) {
            continue;
          }
          event(lines, g, rule, g.id() + "-" + y + UID_DOMAIN, stamp, first, lastDay);
        }
      }
    }
    lines.raw("END", "VCALENDAR");
    return lines.build();
  }

  private void event(
      ContentLines lines,
      Group g,
      MeetingRule rule,
      String uid,
      String stamp,
      LocalDate first,
      LocalDate lastDay) {
    String tz = ";TZID=" + OsloTimeZone.TZID;
    String rrule = rule.rrule();
    if (lastDay != null) {
      // UNTIL is in UTC when DTSTART carries a TZID (RFC 5545, 3.3.10).
      ZonedDateTime until = lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(OsloTimeZone.ZONE);
      rrule += ";UNTIL=" + until.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }
    lines
        .raw("BEGIN", "VEVENT")
        .text("UID", uid)
        .raw("DTSTAMP", stamp)
        .raw("DTSTART" + tz, LocalDateTime.of(first, rule.start()).format(LOCAL));
    if (rule.end() != null) {
      lines.raw("DTEND" + tz, LocalDateTime.of(first, rule.end()).format(LOCAL));
    }
    lines.raw("RRULE", rrule).text("SUMMARY", g.title()).text("DESCRIPTION", description(g));
    String location = location(g);
    if (location != null) {
      lines.text("LOCATION", location);
    }
    if (g.address() != null && g.lat() != null && g.lon() != null) {
      lines.raw("GEO", String.format(Locale.ROOT, "%.5f;%.5f", g.lat(), g.lon()));
    }
    if (g.contact() != null && g.contact().url() != null) {
      lines.raw("URL", g.contact().url());
    }
    lines.raw("STATUS", "CONFIRMED").raw("TRANSP", "TRANSPARENT").raw("END", "VEVENT");
  }

  /** The group's words: its summary and the schedule as written, which may say more. */
  private static String description(Group g) {
    List<String> parts = new ArrayList<>();
    if (g.summary() != null && !g.summary().isBlank()) {
      parts.add(g.summary());
    }
    parts.add(g.schedule());
    return String.join("\n\n", parts);
  }

  private String location(Group g) {
    if ("digital".equals(g.format())) {
      return "På nett";
    }
    if (g.address() == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(g.address());
    if (g.postnummer() != null) {
      b.append(", ").append(g.postnummer());
      ref.postnummer(g.postnummer())
          .map(Postnummer::poststed)
          .ifPresent(p -> b.append(' ').append(p));
    }
    if ("hybrid".equals(g.format())) {
      b.append(" (og på nett)");
    }
    return b.toString();
  }

  private static LocalDate isoYearStart(int isoYear) {
    return LocalDate.of(isoYear, 1, 4)
        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
  }
}
