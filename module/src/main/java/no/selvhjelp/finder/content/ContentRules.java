package no.selvhjelp.finder.content;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.OfficeContact;
import no.selvhjelp.finder.api.Postnummer;

/**
 * The rules the content model's types cannot express: closed vocabularies, real kommune, fylke and
 * postnummer codes, coordinates, and safe links. Each broken rule is reported with the field and a
 * message an editor can act on.
 *
 * <p>A new rule is one private method that takes the value and {@code report}, called from the
 * type's {@code check}: every rule runs on every item, and the import collects all their reports.
 */
final class ContentRules {
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /**
   * How far a group's own point may lie from its postnummer's: postnummer areas in the countryside
   * are large, but a point further away than this belongs to another place.
   */
  static final double MAX_KM_FROM_POSTNUMMER = 30;

  /** How far from its kommune's centre a group's postnummer of another kommune may lie. */
  static final double MAX_KM_FROM_KOMMUNE = 75;

  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  // Only web links: a javascript: or data: URL in a contact field would run in visitors' browsers.
  private static final Pattern WEB_URL =
      Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{3,40}");

  private final ReferenceData ref;

  ContentRules(ReferenceData ref) {
    this.ref = ref;
  }

  void check(Group g, BiConsumer<String, String> report) {
    codes("themes", g.themes(), Codes.THEMES, report);
    languages(g.languages(), report);
    oneOf("format", g.format(), Codes.FORMATS, report);
    oneOf("status", g.status(), Codes.STATUSES, report);
    kommune("kommunenummer", g.kommunenummer(), report);
    postnummer(g.postnummer(), report);
    coordinates(g.lat(), g.lon(), report);
    placeAgrees(g, report);
    if (g.contactPointId() != null && !Codes.ID.matcher(g.contactPointId()).matches()) {
      report.accept("contactPointId", "must be the id of a contact point");
    }
    checkReach(g, report);
    checkCourse(g, report);
    Contact c = g.contact();
    if (c != null) {
      phone("contact.phone", c.phone(), report);
      email("contact.email", c.email(), report);
      url("contact.url", c.url(), report);
    }
    LocalDate verified = g.lastVerified();
    if (verified != null && verified.isAfter(LocalDate.now().plusDays(1))) {
      report.accept("lastVerified", "is in the future (" + verified + ")");
    }
  }

  /**
   * A digital group's reach names real fylker and kommuner. Only a digital group has a reach: a
   * physical or hybrid group is found where it meets, so a reach on it would be silently ignored by
   * search; refusing it tells the editor instead.
   */
  void checkReach(Group g, BiConsumer<String, String> report) {
    if (!g.reachesWholeCountry() && !g.digital()) {
      report.accept(
          g.reachFylker().isEmpty() ? "reachKommuner" : "reachFylker",
          "only a digital group has a reach; a "
              + StructureCheck.clip(String.valueOf(g.format()))
              + " group is found where it meets. Remove the reach or set format to digital");
    }
    for (int i = 0; i < g.reachFylker().size(); i++) {
      String f = g.reachFylker().get(i);
      if (f == null || ref.fylke(f).isEmpty()) {
        report.accept(
            "reachFylker[" + i + "]",
            "'"
                + StructureCheck.clip(String.valueOf(f))
                + "' is not a fylkesnummer (two digits, e.g. 18 Nordland, 55 Troms, 56 Finnmark)");
      }
    }
    for (int i = 0; i < g.reachKommuner().size(); i++) {
      String k = g.reachKommuner().get(i);
      if (k == null) {
        report.accept("reachKommuner[" + i + "]", "must be a kommunenummer, not empty");
      } else {
        kommune("reachKommuner[" + i + "]", k, report);
      }
    }
  }

  /** The contact point that runs a course can only be named together with the course. */
  void checkCourse(Group g, BiConsumer<String, String> report) {
    String point = g.courseContactPointId();
    if (point != null && !Codes.ID.matcher(point).matches()) {
      report.accept("courseContactPointId", "must be the id of a contact point");
    }
    boolean noCourse = g.continuesCourse() == null || g.continuesCourse().isBlank();
    if (point != null && noCourse) {
      report.accept(
          "continuesCourse",
          "name the course the group continues when you give courseContactPointId");
    }
    if (g.continuesCourse() != null && !g.continuesCourse().isEmpty() && noCourse) {
      report.accept("continuesCourse", "must not be blank; leave it out instead");
    }
  }

  void check(ContactPoint cp, BiConsumer<String, String> report) {
    oneOf("type", cp.type(), Codes.CONTACT_POINT_TYPES, report);
    for (int i = 0; i < cp.kommuner().size(); i++) {
      kommune("kommuner[" + i + "]", cp.kommuner().get(i), report);
    }
    postnummer(cp.postnummer(), report);
    coordinates(cp.lat(), cp.lon(), report);
    phone("phone", cp.phone(), report);
    email("email", cp.email(), report);
    url("url", cp.url(), report);
    if (cp.districtOfficeId() != null && !Codes.ID.matcher(cp.districtOfficeId()).matches()) {
      report.accept("districtOfficeId", "must be the id of a district office");
    }
  }

  void check(DistrictOffice d, BiConsumer<String, String> report) {
    for (int i = 0; i < d.fylker().size(); i++) {
      String f = d.fylker().get(i);
      if (ref.fylke(f).isEmpty()) {
        report.accept(
            "fylker[" + i + "]",
            "'"
                + StructureCheck.clip(f)
                + "' is not a fylkesnummer (two digits, e.g. 46 Vestland)");
      }
    }
    phone("phone", d.phone(), report);
    email("email", d.email(), report);
    url("url", d.url(), report);
    List<OfficeContact> contacts = d.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      phone("contacts[" + i + "].phone", contacts.get(i).phone(), report);
      email("contacts[" + i + "].email", contacts.get(i).email(), report);
    }
  }

  private static void languages(List<String> codes, BiConsumer<String, String> report) {
    for (int i = 0; i < codes.size(); i++) {
      String why = LanguageCodes.problemWith(codes.get(i));
      if (why != null) {
        report.accept("languages[" + i + "]", why);
      }
    }
  }

  private void kommune(String field, String nr, BiConsumer<String, String> report) {
    if (nr != null && ref.kommune(nr).isEmpty()) {
      String padded = zeroPadded(nr);
      if (padded != null && ref.kommune(padded).isPresent()) {
        report.accept(field, droppedZero(nr, padded));
        return;
      }
      report.accept(
          field,
          "'"
              + StructureCheck.clip(nr)
              + "' is not a kommunenummer of the 2024 division (four digits, e.g. 4602 Kinn)");
    }
  }

  private void postnummer(String nr, BiConsumer<String, String> report) {
    if (nr == null) {
      return;
    }
    String padded = zeroPadded(nr);
    if (padded != null && ref.postnummer(padded).isPresent()) {
      report.accept("postnummer", droppedZero(nr, padded));
    } else if (!FOUR_DIGITS.matcher(nr).matches()) {
      report.accept("postnummer", "must be four digits, got '" + StructureCheck.clip(nr) + "'");
    } else if (ref.postnummer(nr).isEmpty()) {
      report.accept("postnummer", "'" + nr + "' is not a Norwegian postnummer");
    }
  }

  /**
   * The number with its leading zeros back, if it is one to three digits: a spreadsheet reads 0301
   * as the number 301 and saves it so, and the editor never sees the zero go.
   */
  private static String zeroPadded(String nr) {
    return SHORT_NUMBER.matcher(nr).matches() ? "0".repeat(4 - nr.length()) + nr : null;
  }

  private static String droppedZero(String nr, String padded) {
    return "must be 4 digits, e.g. "
        + padded
        + ", not '"
        + nr
        + "' (a spreadsheet may have dropped the leading zero)";
  }

  /**
   * A group's postnummer must lie in or near its kommune, and its own lat/lon near its postnummer.
   * An export edited in a spreadsheet (a new postnummer, the old lat/lon still in their columns)
   * would otherwise put the group on the map and in distance search where it no longer meets.
   */
  private void placeAgrees(Group g, BiConsumer<String, String> report) {
    Postnummer p = g.postnummer() == null ? null : ref.postnummer(g.postnummer()).orElse(null);
    if (p == null) {
      return; // none, or not a postnummer (reported already)
    }
    String k = g.kommunenummer();
    Kommune kommune = k == null ? null : ref.kommune(k).orElse(null);
    // A postnummer area may reach over a kommune border (Bring gives each one kommune), so a
    // neighbour's postnummer is fine; one far from the kommune (Bergen's on a group in Kinn) is a
    // mistake. The distance is from the kommune's centre, generous for the largest kommuner.
    if (kommune != null
        && p.kommunenummer() != null
        && !p.kommunenummer().equals(k)
        && p.hasPoint()
        && new GeoPoint(kommune.lat(), kommune.lon()).distanceKm(p.lat(), p.lon())
            > MAX_KM_FROM_KOMMUNE) {
      report.accept(
          "postnummer",
          "'"
              + p.nummer()
              + " "
              + p.poststed()
              + "' is in "
              + ref.displayName(p.kommunenummer())
              + " ("
              + p.kommunenummer()
              + "), not in kommunenummer "
              + k
              + " ("
              + ref.displayName(k)
              + "); correct one of them");
    }
    // Coordinates out of range are reported already: one mistake, one problem.
    if (g.lat() != null
        && g.lon() != null
        && Math.abs(g.lat()) <= 90
        && Math.abs(g.lon()) <= 180
        && p.hasPoint()) {
      double km = new GeoPoint(p.lat(), p.lon()).distanceKm(g.lat(), g.lon());
      if (km > MAX_KM_FROM_POSTNUMMER) {
        report.accept(
            "lat",
            "lat/lon are "
                + Math.round(km)
                + " km from postnummer "
                + p.nummer()
                + " "
                + p.poststed()
                + "; clear them to place the group at the postnummer, or correct them");
      }
    }
  }

  private static void coordinates(Double lat, Double lon, BiConsumer<String, String> report) {
    if ((lat == null) != (lon == null)) {
      report.accept(lat == null ? "lat" : "lon", "give both lat and lon, or neither");
    }
    if (lat != null && (lat < -90 || lat > 90)) {
      report.accept("lat", "must be between -90 and 90");
    }
    if (lon != null && (lon < -180 || lon > 180)) {
      report.accept("lon", "must be between -180 and 180");
    }
  }

  private static void codes(
      String field, List<String> values, List<String> allowed, BiConsumer<String, String> report) {
    for (int i = 0; i < values.size(); i++) {
      if (!allowed.contains(values.get(i))) {
        report.accept(
            field + "[" + i + "]",
            "'"
                + StructureCheck.clip(values.get(i))
                + "' is not one of "
                + String.join(", ", allowed));
      }
    }
  }

  private static void oneOf(
      String field, String value, List<String> allowed, BiConsumer<String, String> report) {
    if (value != null && !allowed.contains(value)) {
      report.accept(
          field,
          "'" + StructureCheck.clip(value) + "' is not one of " + String.join(", ", allowed));
    }
  }

  private static void phone(String field, String value, BiConsumer<String, String> report) {
    if (value != null && !PHONE.matcher(value).matches()) {
      report.accept(field, "must be a phone number of digits, spaces and + ( ) -");
    }
  }

  private static void email(String field, String value, BiConsumer<String, String> report) {
    if (value != null && !EMAIL.matcher(value).matches()) {
      report.accept(field, "must be an e-mail address such as post@example.org");
    }
  }

  private static void url(String field, String value, BiConsumer<String, String> report) {
    if (value != null && !WEB_URL.matcher(value).matches()) {
      report.accept(field, "must be a web address starting with https:// or http://");
    }
  }
}
