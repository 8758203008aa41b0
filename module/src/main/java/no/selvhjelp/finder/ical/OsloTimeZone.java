package no.selvhjelp.finder.ical;

import java.time.ZoneId;

/**
 * Europe/Oslo as a VTIMEZONE: CET/CEST with the EU rules in force since 1996 (summer time from the
 * last Sunday of March at 02:00 to the last Sunday of October at 03:00). RFC 5545 wants the
 * definition in the feed for every TZID it uses, even though clients know the zone by name.
 */
final class OsloTimeZone {
  static final String TZID = "Europe/Oslo";
  static final ZoneId ZONE = ZoneId.of(TZID);

  private OsloTimeZone() {}

  static void write(ContentLines lines) {
    lines
        .raw("BEGIN", "VTIMEZONE")
        .raw("TZID", TZID)
        .raw("X-LIC-LOCATION", TZID)
        .raw("BEGIN", "DAYLIGHT")
        .raw("TZOFFSETFROM", "+0100")
        .raw("TZOFFSETTO", "+0200")
        .raw("TZNAME", "CEST")
        .raw("DTSTART", "19700329T020000")
        .raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .raw("END", "DAYLIGHT")
        .raw("BEGIN", "STANDARD")
        .raw("TZOFFSETFROM", "+0200")
        .raw("TZOFFSETTO", "+0100")
        .raw("TZNAME", "CET")
        .raw("DTSTART", "19701025T030000")
        .raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .raw("END", "STANDARD")
        .raw("END", "VTIMEZONE");
  }
}
