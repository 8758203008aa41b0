package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds over HTTP, parsed by ical4j as a calendar client would. */
class CalendarApiTest {
  private static ApiServer api;
  private static final HttpClient client = HttpClient.newHttpClient();

  private static Group group(
      String id, String title, String kommune, String schedule, String status, boolean closed) {
    return new Group(
        id,
        title,
        "Samtalegruppe; for alle, også pårørende",
        null,
        List.of("sorg"),
        List.of("nb"),
        "physical",
        kommune,
        "Storgata 1",
        // A postnummer in the group's kommune (Florø in Kinn, or Oslo).
        kommune.equals("0301") ? "0150" : "6900",
        null,
        null,
        schedule,
        status,
        closed,
        null,
        null,
        new Contact("Ola", null, "ola@example.org", "https://example.org/gruppe"),
        null,
        true);
  }

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    assertThat(
            api.importJson(
                    Map.of(
                        "groups",
                        List.of(
                            group(
                                "ukentlig",
                                "Sorggruppe, Florø; tysdag",
                                "4602",
                                "Kvar tysdag kl. 18.00–19.30",
                                "open",
                                false),
                            group(
                                "partall",
                                "Annenhver",
                                "4602",
                                "Annenhver onsdag kl. 18–20 (partallsuker)",
                                "open",
                                false),
                            group(
                                "maanedlig",
                                "Månedlig",
                                "4602",
                                "Første mandag i måneden kl 17–19",
                                "open",
                                false),
                            group(
                                "lukket", "Lukket", "4602", "Hver torsdag kl. 18-20", "open", true),
                            group(
                                "uten-uke",
                                "Uten uke",
                                "4602",
                                "Annenhver tirsdag kl. 18.00–19.30",
                                "open",
                                false),
                            group("fritekst", "Fritekst", "4602", "Etter avtale", "open", false),
                            new Group(
                                "oslo-digital",
                                "Digital gruppe fra Oslo",
                                null,
                                null,
                                List.of("sorg"),
                                List.of("nb"),
                                "digital",
                                "0301",
                                null,
                                null,
                                null,
                                null,
                                "Hver mandag kl. 19-20",
                                "open",
                                false,
                                null,
                                null,
                                null,
                                null,
                                true),
                            group("oslo", "Oslo", "0301", "Hver fredag kl. 12-13", "open", false),
                            group("kladd", "Kladd", "4602", "Hver lørdag kl. 12-13", "open", false)
                                .withPublished(false))))
                .status())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<String> fetch(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(api.uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Calendar parse(String body) throws Exception {
    return new CalendarBuilder().build(new StringReader(body));
  }

  private static String prop(net.fortuna.ical4j.model.PropertyListAccessor c, String name) {
    return c.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT);
  }

  @Test
  void aWeeklyGroupsFeedIsACalendarWithOneWeeklyEventInOsloTime() throws Exception {
    HttpResponse<String> r = fetch("/api/v1/groups/ukentlig/calendar.ics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .isEqualToIgnoringCase("text/calendar;charset=utf-8");
    Calendar calendar = parse(r.body());
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    List<VEvent> events = events(calendar);
    assertThat(events).hasSize(1);
    VEvent e = events.get(0);
    assertThat(prop(e, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
    assertThat(prop(e, Property.UID)).isEqualTo("ukentlig@selvhjelp-finder");
    Property start = e.getProperty(Property.DTSTART).map(p -> (Property) p).orElseThrow();
    assertThat(start.getParameter("TZID").map(p -> p.toString())).hasValue("TZID=Europe/Oslo");
    LocalDateTime dtstart = LocalDateTime.parse(start.getValue(), Fmt.LOCAL);
    assertThat(dtstart.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
    assertThat(dtstart.toLocalTime()).hasToString("18:00");
    assertThat(LocalDateTime.parse(prop(e, Property.DTEND), Fmt.LOCAL))
        .isEqualTo(dtstart.withHour(19).withMinute(30));
    // Commas and semicolons in titles are escaped in the feed and come back intact.
    assertThat(prop(e, Property.SUMMARY)).isEqualTo("Sorggruppe, Florø; tysdag");
    assertThat(r.body()).contains("SUMMARY:Sorggruppe\\, Florø\\; tysdag");
    assertThat(prop(e, Property.DESCRIPTION)).contains("Kvar tysdag kl. 18.00–19.30");
    assertThat(prop(e, Property.LOCATION)).isEqualTo("Storgata 1, 6900 Florø");
  }

  @Test
  void everyOtherWeekInEvenWeeksGetsIntervalTwoOnEvenIsoWeeksPerIsoYear() throws Exception {
    Calendar calendar = parse(fetch("/api/v1/groups/partall/calendar.ics").body());
    List<VEvent> events = events(calendar);
    assertThat(events).isNotEmpty();
    for (VEvent e : events) {
      String rrule = prop(e, Property.RRULE);
      assertThat(rrule.split(";"))
          .contains("FREQ=WEEKLY", "INTERVAL=2", "BYDAY=WE")
          .anyMatch(part -> part.startsWith("UNTIL="));
      LocalDateTime start = LocalDateTime.parse(prop(e, Property.DTSTART), Fmt.LOCAL);
      Recur<LocalDateTime> recur = new Recur<>(rrule);
      List<LocalDateTime> dates = recur.getDates(start, start, start.plusYears(2));
      assertThat(dates).isNotEmpty();
      for (LocalDateTime d : dates) {
        assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2)
            .as(d.toString())
            .isZero();
        assertThat(d.toLocalTime()).hasToString("18:00");
      }
    }
  }

  @Test
  void aMonthlyGroupMeetsOnTheFirstMondayOfEachMonth() throws Exception {
    VEvent e = events(parse(fetch("/api/v1/groups/maanedlig/calendar.ics").body())).get(0);
    assertThat(prop(e, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYDAY=1MO");
    LocalDateTime start = LocalDateTime.parse(prop(e, Property.DTSTART), Fmt.LOCAL);
    List<LocalDateTime> dates =
        new Recur<LocalDateTime>(prop(e, Property.RRULE))
            .getDates(start, start, start.plusMonths(6));
    assertThat(dates).hasSizeGreaterThanOrEqualTo(6);
    for (LocalDateTime d : dates) {
      assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
      assertThat(d.getDayOfMonth()).isLessThanOrEqualTo(7);
      assertThat(d.toLocalTime()).hasToString("17:00");
    }
  }

  @Test
  void closedGroupsAndUnreadableSchedulesGetNoDatesButSayWhy() throws Exception {
    for (String id : List.of("lukket", "uten-uke", "fritekst")) {
      HttpResponse<String> r = fetch("/api/v1/groups/" + id + "/calendar.ics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(events(parse(r.body()))).as(id).isEmpty();
      assertThat(r.body()).contains("X-SELVHJELP-OMITTED:" + id + ": ");
    }
    assertThat(fetch("/api/v1/groups/lukket/calendar.ics").body()).contains("closed group");
  }

  @Test
  void theKommuneFeedHasThePublishedGroupsOfThatKommuneOnly() throws Exception {
    HttpResponse<String> r = fetch("/api/v1/kommuner/4602/calendar.ics");
    assertThat(r.statusCode()).isEqualTo(200);
    Calendar calendar = parse(r.body());
    List<String> uids =
        events(calendar).stream().map(e -> prop(e, Property.UID).split("[-@]")[0]).toList();
    assertThat(uids).contains("ukentlig", "partall", "maanedlig");
    assertThat(uids).doesNotContain("oslo", "kladd", "lukket", "fritekst");
    // Search lets digital groups through a kommune filter; the kommune's feed does not.
    assertThat(r.body()).doesNotContain("oslo-digital");
    assertThat(prop(calendar, "X-WR-CALNAME")).isEqualTo("Selvhjelpsgrupper i Kinn");
  }

  @Test
  void everyLineIsFoldedToSeventyFiveOctetsAndEndsWithCrlf() throws Exception {
    String body = fetch("/api/v1/kommuner/4602/calendar.ics").body();
    assertThat(body).endsWith("END:VCALENDAR\r\n");
    assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : body.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(body).contains("\r\n ");
  }

  @Test
  void unknownOrUnpublishedGroupsAre404AndBadKommunerAre400() throws Exception {
    assertThat(fetch("/api/v1/groups/kladd/calendar.ics").statusCode()).isEqualTo(404);
    assertThat(fetch("/api/v1/groups/finnes-ikke/calendar.ics").statusCode()).isEqualTo(404);
    assertThat(fetch("/api/v1/groups/IKKE_GYLDIG/calendar.ics").statusCode()).isEqualTo(400);
    HttpResponse<String> bad = fetch("/api/v1/kommuner/9999/calendar.ics");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("nummer");
  }

  private static final class Fmt {
    static final java.time.format.DateTimeFormatter LOCAL =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  }
}
