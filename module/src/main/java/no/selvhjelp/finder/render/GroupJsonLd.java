package no.selvhjelp.finder.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * schema.org JSON-LD for a group's page: the group as an {@code Event} with its {@code Schedule}
 * and place, and its contact point as an {@code Organization} with a {@code ContactPoint}. Built as
 * a Jackson tree and written with {@link ScriptSafeEscapes}, so stored text can neither break the
 * JSON nor close the {@code <script>} element it sits in.
 */
final class GroupJsonLd {
  /** Groups that must not advertise meeting times: they do not want people just turning up. */
  private static final Set<String> NOT_TAKING_NEW = Set.of("full", "paused");

  private static final String SCHEMA = "https://schema.org/";

  private final ObjectMapper json;
  private final ObjectWriter writer;
  private final ReferenceData ref;

  GroupJsonLd(ObjectMapper json, ReferenceData ref) {
    this.json = json;
    this.writer = json.writer().with(new ScriptSafeEscapes());
    this.ref = ref;
  }

  /** Whether a page may show the group's times as an invitation (and the JSON-LD a schedule). */
  static boolean invitesWalkIns(Group g) {
    return !g.closed() && !NOT_TAKING_NEW.contains(g.status());
  }

  String of(Group g, ContactPoint cp) {
    ObjectNode root = json.createObjectNode();
    root.put("@context", "https://schema.org");
    ArrayNode graph = root.putArray("@graph");
    graph.add(event(g, cp));
    if (cp != null) {
      graph.add(organization(cp));
    }
    try {
      return writer.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON-LD for " + g.id(), e);
    }
  }

  private ObjectNode event(Group g, ContactPoint cp) {
    ObjectNode event = json.createObjectNode();
    event.put("@type", "Event");
    event.put("name", g.title());
    putIfPresent(event, "description", g.summary() != null ? g.summary() : g.description());
    event.put("eventAttendanceMode", SCHEMA + attendanceMode(g.format()));
    event.put("isAccessibleForFree", true);
    ArrayNode languages = event.putArray("inLanguage");
    g.languages().forEach(languages::add);
    ArrayNode locations = json.createArrayNode();
    if (!"digital".equals(g.format())) {
      locations.add(place(g));
    }
    if (!"physical".equals(g.format())) {
      ObjectNode virtual = locations.addObject();
      virtual.put("@type", "VirtualLocation");
      if (g.contact() != null) {
        putIfPresent(virtual, "url", SafeLinks.web(g.contact().url()));
      }
    }
    event.set("location", locations.size() == 1 ? locations.get(0) : locations);
    if (cp != null) {
      event.putObject("organizer").put("@id", organizationId(cp));
    } else if (g.contact() != null && g.contact().name() != null) {
      ObjectNode person = event.putObject("organizer");
      person.put("@type", "Person");
      person.put("name", g.contact().name());
    }
    if (invitesWalkIns(g) && g.schedule() != null) {
      event.set("eventSchedule", schedule(g.schedule()));
    }
    return event;
  }

  private ObjectNode place(Group g) {
    ObjectNode place = json.createObjectNode();
    place.put("@type", "Place");
    ObjectNode address = place.putObject("address");
    address.put("@type", "PostalAddress");
    putIfPresent(address, "streetAddress", g.address());
    putIfPresent(address, "postalCode", g.postnummer());
    putIfPresent(address, "addressLocality", ref.displayName(g.kommunenummer()));
    ref.fylkeOf(g.kommunenummer()).ifPresent(f -> address.put("addressRegion", f.name()));
    address.put("addressCountry", "NO");
    if (g.lat() != null && g.lon() != null) {
      ObjectNode geo = place.putObject("geo");
      geo.put("@type", "GeoCoordinates");
      geo.put("latitude", g.lat());
      geo.put("longitude", g.lon());
    }
    return place;
  }

  private ObjectNode schedule(String text) {
    ObjectNode schedule = json.createObjectNode();
    schedule.put("@type", "Schedule");
    schedule.put("description", text);
    schedule.put("scheduleTimezone", "Europe/Oslo");
    ScheduleText.Parsed parsed = ScheduleText.parse(text);
    if (!parsed.byDay().isEmpty()) {
      ArrayNode days = schedule.putArray("byDay");
      parsed.byDay().forEach(days::add);
    }
    putIfPresent(schedule, "startTime", parsed.startTime());
    putIfPresent(schedule, "endTime", parsed.endTime());
    putIfPresent(schedule, "repeatFrequency", parsed.repeatFrequency());
    if (!parsed.byMonthWeek().isEmpty()) {
      ArrayNode weeks = schedule.putArray("byMonthWeek");
      parsed.byMonthWeek().forEach(weeks::add);
    }
    if (parsed.byMonthDay() != null) {
      schedule.put("byMonthDay", parsed.byMonthDay());
    }
    return schedule;
  }

  private ObjectNode organization(ContactPoint cp) {
    ObjectNode org = json.createObjectNode();
    org.put("@type", "Organization");
    org.put("@id", organizationId(cp));
    org.put("name", cp.name());
    putIfPresent(org, "url", SafeLinks.web(cp.url()));
    if (cp.address() != null || cp.postnummer() != null) {
      ObjectNode address = org.putObject("address");
      address.put("@type", "PostalAddress");
      putIfPresent(address, "streetAddress", cp.address());
      putIfPresent(address, "postalCode", cp.postnummer());
      address.put("addressCountry", "NO");
    }
    ObjectNode contact = org.putObject("contactPoint");
    contact.put("@type", "ContactPoint");
    contact.put("contactType", "self-help groups");
    putIfPresent(contact, "telephone", cp.phone());
    putIfPresent(contact, "email", SafeLinks.email(cp.email()));
    List<String> areas =
        cp.kommuner().stream().map(ref::displayName).filter(n -> n != null).toList();
    if (!areas.isEmpty()) {
      ArrayNode served = contact.putArray("areaServed");
      areas.forEach(served::add);
    }
    return org;
  }

  private static String organizationId(ContactPoint cp) {
    return "#contact-point-" + cp.id();
  }

  private static String attendanceMode(String format) {
    return switch (format == null ? "" : format) {
      case "digital" -> "OnlineEventAttendanceMode";
      case "hybrid" -> "MixedEventAttendanceMode";
      default -> "OfflineEventAttendanceMode";
    };
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }
}
