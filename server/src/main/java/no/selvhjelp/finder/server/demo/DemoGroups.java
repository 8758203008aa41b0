package no.selvhjelp.finder.server.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.server.demo.DemoPhrases.CourseText;
import no.selvhjelp.finder.server.demo.DemoPhrases.ThemeVariant;

/**
 * Writes the demo groups: ordinary groups where {@link DemoPlan} puts them, groups in a mother
 * tongue, and groups that grow out of an LMS coping course.
 */
final class DemoGroups {
  private static final long SEED = 2024L;
  private static final LocalDate VERIFIED_FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate VERIFIED_TO = LocalDate.of(2026, 11, 1);

  private final DemoPlaces places;
  private final Map<String, List<ContactPoint>> pointsByKommune = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final Random random = new Random(SEED);

  DemoGroups(DemoPlaces places, List<ContactPoint> contactPoints) {
    this.places = places;
    for (ContactPoint point : contactPoints) {
      point
          .kommuner()
          .forEach(k -> pointsByKommune.computeIfAbsent(k, x -> new ArrayList<>()).add(point));
    }
  }

  /** Call once per instance: ids and the random sequence are consumed as groups are made. */
  List<Group> build() {
    List<Group> groups = new ArrayList<>();
    List<DemoPlan.Slot> slots = DemoPlan.slots(random);
    List<DemoPlan.Profile> profiles = DemoPlan.profiles(slots, places, random);
    for (int i = 0; i < slots.size(); i++) {
      groups.add(ordinary(slots.get(i), profiles.get(i)));
    }
    for (int i = 0; i < DemoMotherTongue.TEXTS.size(); i++) {
      groups.add(motherTongue(DemoMotherTongue.TEXTS.get(i), i));
    }
    for (int i = 0; i < DemoPlan.COURSE_KOMMUNER.size(); i++) {
      groups.add(afterCourse(DemoPlan.COURSE_KOMMUNER.get(i), i));
    }
    return withReach(groups);
  }

  /**
   * Gives some digital groups a regional reach, deterministically (no random numbers are drawn, so
   * the rest of the demo stays as it was): every other digital group run from Nord-Norge is for
   * Nord-Norge (fylker 18, 55, 56), every third run from Vestland is for Vestland, and the first
   * one run from Oslo is for Oslo only. The rest stay open to the whole country, as most digital
   * groups are. The description says so, in the group's written standard.
   */
  private List<Group> withReach(List<Group> groups) {
    List<Group> result = new ArrayList<>(groups.size());
    int north = 0;
    int vestland = 0;
    boolean oslo = false;
    for (Group g : groups) {
      if (!g.digital()) {
        result.add(g);
        continue;
      }
      String fylke = g.kommunenummer().substring(0, 2);
      Group reached = g;
      if (DemoPlan.NORD_NORGE.contains(fylke) && north++ % 2 == 0) {
        reached = reach(g, DemoPlan.NORD_NORGE, List.of(), "Nord-Norge");
      } else if (fylke.equals("46") && vestland++ % 3 == 0) {
        reached = reach(g, List.of("46"), List.of(), "Vestland");
      } else if (g.kommunenummer().equals("0301") && !oslo) {
        oslo = true;
        reached = reach(g, List.of(), List.of("0301"), "Oslo");
      }
      result.add(reached);
    }
    return result;
  }

  private Group reach(Group g, List<String> fylker, List<String> kommuner, String area) {
    String sentence =
        places.isNynorsk(g.kommunenummer())
            ? " Gruppa er for deg som bur i " + area + "."
            : " Gruppen er for deg som bor i " + area + ".";
    // Before the closing "this is a demo group" marker, which stays last.
    String marker = " " + places.phrases(g.kommunenummer()).groupMarker();
    String description =
        g.description().endsWith(marker)
            ? g.description().substring(0, g.description().length() - marker.length())
                + sentence
                + marker
            : g.description() + sentence;
    return g.withText(g.title(), description).withReach(fylker, kommuner);
  }

  /** A variant whose title says it is a group for relatives (Bokmål or Nynorsk). */
  private static boolean forRelatives(ThemeVariant variant) {
    return variant.title().startsWith("Pårørendegruppe")
        || variant.title().startsWith("Pårørandegruppe");
  }

  private Group ordinary(DemoPlan.Slot slot, DemoPlan.Profile profile) {
    String kommune = slot.kommune();
    DemoPhrases phrases = places.phrases(kommune);
    ThemeVariant variant = phrases.themes().get(slot.theme()).get(slot.variant());
    String title = variant.title().replace("{sted}", places.placePhrase(kommune, random));
    String id = id(title, kommune, variant.title().contains("{sted}"));
    List<String> themes = new ArrayList<>(List.of(slot.theme()));
    List<String> related = new ArrayList<>(DemoPlan.RELATED.get(slot.theme()));
    Collections.shuffle(related, random);
    int extra = random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
    themes.addAll(related.subList(0, Math.min(extra, related.size())));
    if (forRelatives(variant) && !themes.contains("parorende")) {
      // "Pårørendegruppe for foreldre til barn med spiseforstyrrelser" is for relatives whatever
      // its main theme; added after the draws, so every other demo group stays as it was.
      themes.add("parorende");
    }
    List<String> sentences = new ArrayList<>(List.of(variant.body()));
    switch (profile.format()) {
      case "digital" -> sentences.add(phrases.digital());
      case "hybrid" -> sentences.add(phrases.hybrid());
      default -> {}
    }
    switch (profile.status()) {
      case "starting" -> sentences.add(starting(phrases));
      case "full" -> sentences.add(phrases.full());
      case "paused" -> sentences.add(phrases.paused());
      default -> {}
    }
    if (profile.closed()) {
      sentences.add(phrases.closed());
    }
    if (profile.english()) {
      sentences.add(phrases.english());
    }
    List<String> languages =
        profile.english() ? List.of(phrases.language(), "en") : List.of(phrases.language());
    return group(
        id,
        title,
        variant.summary(),
        sentences,
        themes,
        languages,
        profile.format(),
        kommune,
        schedule(phrases, profile.format()),
        profile.status(),
        profile.closed(),
        variant.audience(),
        pointFor(kommune, slot.theme()),
        profile.published());
  }

  private Group motherTongue(DemoMotherTongue.Text text, int index) {
    String kommune = text.kommunenummer();
    if (places.isNynorsk(kommune)) {
      throw new IllegalStateException("Mother-tongue demo texts are Bokmål only: " + kommune);
    }
    DemoPhrases phrases = places.phrases(kommune);
    String title = text.title().replace("{sted}", places.placePhrase(kommune, random));
    String format = index % 4 == 3 ? "hybrid" : "physical";
    ContactPoint point =
        points(kommune).stream()
            .filter(p -> p.type().equals("link-senter"))
            .findFirst()
            .orElseGet(() -> pointFor(kommune, "innvandrere"));
    return group(
        id(title, kommune, true),
        title,
        text.summary(),
        List.of(text.description()),
        text.themes(),
        List.of(text.language(), phrases.language()),
        format,
        kommune,
        schedule(phrases, format),
        "open",
        false,
        text.audience(),
        point,
        true);
  }

  private Group afterCourse(String kommune, int index) {
    DemoPhrases phrases = places.phrases(kommune);
    String theme = DemoPlan.COURSE_THEMES.get(index % DemoPlan.COURSE_THEMES.size());
    CourseText course = phrases.courses().get(theme);
    List<ContactPoint> lms =
        points(kommune).stream().filter(p -> p.type().startsWith("lms-")).toList();
    if (lms.isEmpty()) {
      throw new IllegalStateException("No LMS contact point in kommune " + kommune);
    }
    ContactPoint point = DemoPlaces.pick(lms, random);
    ThemeVariant variant = DemoPlaces.pick(phrases.themes().get(theme), random);
    String title = course.title() + " " + places.placePhrase(kommune, random);
    String status = index % 2 == 0 ? "starting" : "open";
    boolean closed = index % 3 == 0;
    List<String> sentences = new ArrayList<>();
    sentences.add(
        phrases
            .courseIntro()
            .replace("{kurs}", course.course())
            .replace("{kontakt}", point.name()));
    sentences.add(variant.body());
    if (status.equals("starting")) {
      sentences.add(starting(phrases));
    }
    if (closed) {
      sentences.add(phrases.closed());
    }
    String schedule =
        capitalise(
            phrases
                .courseSchedule()
                .replace("{kurs}", course.course())
                .replace("{dag}", DemoPlaces.pick(phrases.weekdays(), random))
                .replace("{tid}", DemoPlaces.pick(DemoPlan.TIMES.subList(0, 4), random)));
    List<String> themes =
        theme.equals("livsmestring") ? List.of(theme) : List.of(theme, "livsmestring");
    return group(
            id(title, kommune, true),
            title,
            phrases.courseSummary().replace("{kurs}", course.course()),
            sentences,
            themes,
            List.of(phrases.language()),
            "physical",
            kommune,
            schedule,
            status,
            closed,
            variant.audience(),
            point,
            true)
        .withCourse(capitalise(course.course()), point.id());
  }

  private Group group(
      String id,
      String title,
      String summary,
      List<String> sentences,
      List<String> themes,
      List<String> languages,
      String format,
      String kommune,
      String schedule,
      String status,
      boolean closed,
      String audience,
      ContactPoint point,
      boolean published) {
    boolean online = format.equals("digital");
    String description = String.join(" ", sentences) + " " + places.phrases(kommune).groupMarker();
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommune,
        online ? null : places.address(kommune, random),
        online ? null : places.postnummer(kommune, random),
        null,
        null,
        schedule,
        status,
        closed,
        audience,
        point == null ? null : point.id(),
        contact(point, id),
        lastVerified(),
        published);
  }

  private String id(String title, String kommune, boolean titleNamesPlace) {
    String suffix = titleNamesPlace ? "" : "-" + DemoPlaces.slug(places.name(kommune));
    String head = "demo-" + DemoPlaces.slug(title);
    String full = head + suffix;
    if (full.length() <= 64 && ids.add(full)) {
      return full;
    }
    // Shorten the title rather than the place, and leave room for a "-2" when titles repeat.
    String base = DemoPlaces.shorten(head, 60 - suffix.length()) + suffix;
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private String schedule(DemoPhrases phrases, String format) {
    String core =
        DemoPlaces.pick(phrases.schedulePatterns(), random)
            .replace("{dag}", DemoPlaces.pick(phrases.weekdays(), random))
            .replace("{tid}", DemoPlaces.pick(DemoPlan.TIMES, random));
    return capitalise(core)
        + switch (format) {
          case "digital" -> DemoPhrases.ONLINE;
          case "hybrid" -> DemoPhrases.IN_ROOM_AND_ONLINE;
          default -> "";
        };
  }

  private String starting(DemoPhrases phrases) {
    return phrases.starting().replace("{maaned}", DemoPlaces.pick(DemoPhrases.MONTHS, random));
  }

  /** Most groups name a person; some simply refer to the contact point that supports them. */
  private Contact contact(ContactPoint point, String id) {
    if (point != null && random.nextInt(4) == 0) {
      return new Contact(point.name(), point.phone(), point.email(), point.url());
    }
    String person = DemoPeople.name(random);
    String phone = random.nextInt(6) == 0 ? null : DemoPlaces.phone(random);
    String url = random.nextInt(3) == 0 ? DemoPeople.url("grupper/" + id.substring(5)) : null;
    return new Contact(person, phone, DemoPeople.email(person), url);
  }

  private LocalDate lastVerified() {
    long days = ChronoUnit.DAYS.between(VERIFIED_FROM, VERIFIED_TO);
    return VERIFIED_FROM.plusDays(random.nextInt((int) days + 1));
  }

  /** LINK centres are for immigrants, so other groups lean on the kommune's other points. */
  private ContactPoint pointFor(String kommune, String theme) {
    List<ContactPoint> all = points(kommune);
    List<ContactPoint> fitting =
        theme.equals("innvandrere")
            ? all
            : all.stream().filter(p -> !p.type().equals("link-senter")).toList();
    List<ContactPoint> candidates = fitting.isEmpty() ? all : fitting;
    return candidates.isEmpty() ? null : DemoPlaces.pick(candidates, random);
  }

  private List<ContactPoint> points(String kommune) {
    return pointsByKommune.getOrDefault(kommune, List.of());
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
