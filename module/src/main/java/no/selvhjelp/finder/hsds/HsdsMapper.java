package no.selvhjelp.finder.hsds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.OfficeContact;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.hsds.Hsds.Address;
import no.selvhjelp.finder.hsds.Hsds.Contact;
import no.selvhjelp.finder.hsds.Hsds.Language;
import no.selvhjelp.finder.hsds.Hsds.Location;
import no.selvhjelp.finder.hsds.Hsds.Organization;
import no.selvhjelp.finder.hsds.Hsds.Phone;
import no.selvhjelp.finder.hsds.Hsds.Schedule;
import no.selvhjelp.finder.hsds.Hsds.Service;
import no.selvhjelp.finder.schedule.MeetingRule;
import no.selvhjelp.finder.schedule.MeetingRule.WeekParity;
import no.selvhjelp.finder.schedule.ScheduleParser;

/** Our content as HSDS 3.0 objects, field by field as docs/hsds.md describes. */
final class HsdsMapper {
  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private static final Map<String, String> CONTACT_POINT_TYPES =
      Map.of(
          "frivilligsentral", "Frivilligsentral",
          "frisklivssentral", "Frisklivssentral",
          "lms-kommune", "Lærings- og mestringssenter i kommunen",
          "lms-sykehus", "Lærings- og mestringssenter ved sykehus",
          "link-senter", "LINK-senter",
          "organisasjon", "Organisasjon",
          "kommune", "Kommune",
          "annet", "Kontaktpunkt");

  private final ReferenceData ref;
  private final LocalDate today;

  HsdsMapper(ReferenceData ref, LocalDate today) {
    this.ref = ref;
    this.today = today;
  }

  static String serviceId(Group g) {
    return HsdsIds.of("service", g.id());
  }

  static String contactPointId(String id) {
    return HsdsIds.of("organization", "contact-point:" + id);
  }

  static String districtOfficeId(String id) {
    return HsdsIds.of("organization", "district-office:" + id);
  }

  static String serviceAtLocationId(Group g) {
    return HsdsIds.of("service_at_location", g.id());
  }

  /** Where a group meets in person, or null: digital groups and groups without an address. */
  static String meetingPlaceKey(Group g) {
    if ("digital".equals(g.format()) || g.address() == null || g.postnummer() == null) {
      return null;
    }
    return g.postnummer() + "|" + g.address().trim().replaceAll("\\s+", " ").toLowerCase(NORWEGIAN);
  }

  static String locationId(String placeKey) {
    return HsdsIds.of("location", placeKey);
  }

  Service service(
      Group g,
      Organization organization,
      List<Hsds.ServiceAtLocation> places,
      String courseRunnerName) {
    String id = serviceId(g);
    List<Phone> phones = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    String url = null;
    String email = null;
    if (g.contact() != null) {
      url = g.contact().url();
      email = g.contact().email();
      if (g.contact().phone() != null) {
        phones.add(new Phone(HsdsIds.of("phone", g.id()), id, null, null, g.contact().phone()));
      }
      if (g.contact().name() != null || g.contact().email() != null) {
        contacts.add(
            new Contact(
                HsdsIds.of("contact", g.id()),
                id,
                null,
                g.contact().name(),
                null,
                g.contact().email(),
                null));
      }
    }
    List<Language> languages = new ArrayList<>();
    for (String code : g.languages()) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(NORWEGIAN);
      languages.add(
          new Language(
              HsdsIds.of("language", g.id() + ":" + code),
              id,
              name.isBlank() || name.equals(code) ? null : name,
              code));
    }
    return new Service(
        id,
        organization == null ? null : organization.id(),
        g.title(),
        g.description() != null ? g.description() : g.summary(),
        url,
        email,
        status(g.status()),
        alert(g.status()),
        applicationProcess(g, courseRunnerName),
        g.audience(),
        g.lastVerified() == null ? null : g.lastVerified().toString(),
        phones,
        g.schedule() == null ? List.of() : List.of(schedule(g, id)),
        serviceAreas(g, id),
        places,
        languages,
        organization,
        contacts);
  }

  /**
   * How one joins: a closed group by agreement; a group that continues a course after the course
   * (HSDS has no field for "continues a course", and this is where a reader looks for how to join).
   */
  static String applicationProcess(Group g, String courseRunnerName) {
    List<String> parts = new ArrayList<>();
    if (g.continuesCourse() != null) {
      parts.add(
          "Gruppen starter etter kurset «"
              + g.continuesCourse()
              + "»"
              + (courseRunnerName == null ? "" : " hos " + courseRunnerName)
              + ", for deg som har gått kurset.");
    }
    if (g.closed()) {
      parts.add("Lukket gruppe: nye medlemmer tas inn etter avtale med kontaktpersonen.");
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /**
   * A digital group's reach as HSDS service areas: one for the whole country, or one per fylke and
   * kommune named. Areas are named, not drawn (HSDS's {@code extent} would need boundary polygons
   * the reference data does not hold), so {@code extent_type} is {@code text}. Groups that meet in
   * person have their place in {@code service_at_locations} and no area.
   */
  List<Hsds.ServiceArea> serviceAreas(Group g, String serviceId) {
    if (!g.digital()) {
      return List.of();
    }
    List<Hsds.ServiceArea> areas = new ArrayList<>();
    if (g.reachesWholeCountry()) {
      areas.add(
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", g.id() + ":NO"),
              serviceId,
              "Hele Norge",
              "Digital gruppe: åpen for deltakere fra hele landet.",
              "text"));
      return areas;
    }
    for (String f : g.reachFylker()) {
      String name = ref.fylke(f).map(Fylke::name).orElse(f);
      areas.add(
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", g.id() + ":fylke:" + f),
              serviceId,
              name,
              "Digital gruppe for deltakere som bor i " + name + " (fylkesnummer " + f + ").",
              "text"));
    }
    for (String k : g.reachKommuner()) {
      String name = ref.displayName(k) == null ? k : ref.displayName(k);
      areas.add(
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", g.id() + ":kommune:" + k),
              serviceId,
              name,
              "Digital gruppe for deltakere som bor i "
                  + name
                  + " kommune (kommunenummer "
                  + k
                  + ").",
              "text"));
    }
    return areas;
  }

  /** open and full groups run; starting ones do not yet; paused ones are temporarily closed. */
  static String status(String status) {
    return switch (status) {
      case "open", "full" -> "active";
      case "paused" -> "temporarily closed";
      default -> "inactive";
    };
  }

  private static String alert(String status) {
    return switch (status) {
      case "full" -> "Gruppen er full for øyeblikket; spør om venteliste.";
      case "starting" -> "Gruppen starter opp snart.";
      case "paused" -> "Gruppen har pause.";
      default -> null;
    };
  }

  Schedule schedule(Group g, String serviceId) {
    MeetingRule rule = ScheduleParser.read(g.schedule()).rule();
    List<String> notes = new ArrayList<>();
    String attending =
        switch (g.format() == null ? "" : g.format()) {
          case "physical" -> "Oppmøte";
          case "digital" -> "På nett";
          case "hybrid" -> "Oppmøte eller på nett";
          default -> null;
        };
    if (rule == null) {
      return new Schedule(
          HsdsIds.of("schedule", g.id()),
          serviceId,
          g.schedule(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          attending,
          null);
    }
    notes.add("Klokkeslett er norsk lokaltid (Europe/Oslo).");
    String dtstart = null;
    if (rule.interval() > 1) {
      if (rule.parity() == WeekParity.UNSTATED) {
        notes.add("Annenhver uke; kontaktpersonen vet hvilke uker.");
      } else {
        notes.add(
            rule.parity() == WeekParity.EVEN
                ? "Uker med partall (ISO-ukenummer)."
                : "Uker med oddetall (ISO-ukenummer).");
        dtstart = rule.firstOnOrAfter(today).toString();
      }
    }
    if (rule.exceptSchoolHolidays()) {
      notes.add("Ikke i skoleferiene.");
    }
    return new Schedule(
        HsdsIds.of("schedule", g.id()),
        serviceId,
        g.schedule(),
        rule.frequency().name(),
        rule.interval(),
        rule.monthDay() == null ? rule.byDay() : null,
        rule.monthDay() == null ? null : rule.monthDay().toString(),
        dtstart,
        "MO",
        rule.start().format(HH_MM),
        rule.end() == null ? null : rule.end().format(HH_MM),
        attending,
        String.join(" ", notes));
  }

  Location meetingPlace(String key, Group g) {
    String id = locationId(key);
    return new Location(
        id,
        "physical",
        null,
        g.address(),
        g.lat(),
        g.lon(),
        List.of(address(key, id, g.address(), g.postnummer(), g.kommunenummer())));
  }

  private Address address(
      String key, String locationId, String street, String postnummer, String kommunenummer) {
    String kommune = kommunenummer == null ? null : ref.displayName(kommunenummer);
    String city = ref.postnummer(postnummer).map(Postnummer::poststed).orElse(kommune);
    String fylke =
        kommunenummer == null ? null : ref.fylkeOf(kommunenummer).map(Fylke::name).orElse(null);
    return new Address(
        HsdsIds.of("address", key),
        locationId,
        street,
        city,
        kommune,
        fylke,
        postnummer,
        "NO",
        "physical");
  }

  Organization contactPoint(ContactPoint cp) {
    String id = contactPointId(cp.id());
    List<Phone> phones =
        cp.phone() == null
            ? List.of()
            : List.of(
                new Phone(
                    HsdsIds.of("phone", "contact-point:" + cp.id()), null, id, null, cp.phone()));
    List<Location> locations = List.of();
    if (cp.address() != null && cp.postnummer() != null) {
      String key = "contact-point:" + cp.id();
      String locationId = locationId(key);
      String kommune = cp.kommuner().isEmpty() ? null : cp.kommuner().get(0);
      locations =
          List.of(
              new Location(
                  locationId,
                  "physical",
                  id,
                  cp.name(),
                  cp.lat(),
                  cp.lon(),
                  List.of(address(key, locationId, cp.address(), cp.postnummer(), kommune))));
    }
    String description = cp.description();
    if (description == null || description.isBlank()) {
      description =
          CONTACT_POINT_TYPES.getOrDefault(cp.type(), "Kontaktpunkt")
              + " som støtter selvhjelpsgrupper i "
              + cp.kommuner().stream().map(ref::displayName).collect(Collectors.joining(", "))
              + ".";
    }
    return new Organization(
        id,
        cp.name(),
        description,
        cp.email(),
        cp.url(),
        cp.districtOfficeId() == null ? null : districtOfficeId(cp.districtOfficeId()),
        phones,
        List.of(),
        locations);
  }

  Organization districtOffice(DistrictOffice d) {
    String id = districtOfficeId(d.id());
    List<Phone> phones =
        d.phone() == null
            ? List.of()
            : List.of(
                new Phone(
                    HsdsIds.of("phone", "district-office:" + d.id()), null, id, null, d.phone()));
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < d.contacts().size(); i++) {
      OfficeContact c = d.contacts().get(i);
      String contactId = HsdsIds.of("contact", "district-office:" + d.id() + ":" + i);
      contacts.add(
          new Contact(
              contactId,
              null,
              id,
              c.name(),
              c.role(),
              c.email(),
              c.phone() == null
                  ? List.of()
                  : List.of(
                      new Phone(
                          HsdsIds.of("phone", "district-office:" + d.id() + ":" + i),
                          null,
                          null,
                          contactId,
                          c.phone()))));
    }
    String description = d.description();
    if (description == null || description.isBlank()) {
      description =
          "Selvhjelp Norges distriktskontor for "
              + d.fylker().stream()
                  .map(f -> ref.fylke(f).map(Fylke::name).orElse(f))
                  .collect(Collectors.joining(", "))
              + ".";
    }
    return new Organization(
        id, d.name(), description, d.email(), d.url(), null, phones, contacts, List.of());
  }
}
