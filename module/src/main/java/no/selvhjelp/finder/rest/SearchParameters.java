package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.LanguageCodes;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.UserText;

/**
 * Reads the public search parameters into a {@link GroupQuery}. Every value is checked here and a
 * wrong one is a 400 naming the parameter; nothing reaches the search unchecked. A parameter may be
 * repeated or comma-separated; both mean OR.
 */
public final class SearchParameters {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 10_000;
  public static final double MAX_RADIUS_KM = 2_000;
  public static final int MAX_VALUES = 50;

  private final ReferenceData ref;

  public SearchParameters(ReferenceData ref) {
    this.ref = ref;
  }

  public GroupQuery parse(MultivaluedMap<String, String> params) {
    List<Problem> problems = new ArrayList<>();
    String text = single(params, "q", problems);
    if (text != null && text.length() > UserText.MAX_LENGTH) {
      problems.add(
          Problem.ofParameter("q", "is longer than " + UserText.MAX_LENGTH + " characters"));
      text = null;
    }
    List<String> kommuner =
        values(
            params,
            "kommune",
            v -> ref.kommune(v).isPresent(),
            "is not a kommunenummer (e.g. 4602)",
            problems);
    List<String> fylker =
        values(
            params,
            "fylke",
            v -> ref.fylke(v).isPresent(),
            "is not a fylkesnummer (e.g. 46)",
            problems);
    List<String> themes =
        values(
            params,
            "theme",
            Codes.THEMES::contains,
            "is not a theme; see /api/v1/themes",
            problems);
    List<String> languages =
        values(
            params,
            "language",
            LanguageCodes::isUsable,
            "is not an ISO 639-1 language code a group can have (e.g. nb, nn, en, ar)",
            problems);
    List<String> formats =
        values(
            params, "format", Codes.FORMATS::contains, "is not one of " + Codes.FORMATS, problems);
    List<String> statuses =
        values(
            params,
            "status",
            Codes.STATUSES::contains,
            "is not one of " + Codes.STATUSES,
            problems);
    GeoPoint near = near(single(params, "near", problems), problems);
    String placeKommune = null;
    if (near != null) {
      placeKommune = ref.kommuneAt(near).orElse(null);
    }
    String postnummer = single(params, "postnummer", problems);
    if (postnummer != null) {
      if (near != null) {
        problems.add(Problem.ofParameter("postnummer", "give near or postnummer, not both"));
      } else {
        Postnummer p = ref.postnummer(postnummer).orElse(null);
        if (p != null) {
          placeKommune = p.kommunenummer();
        }
        if (p == null) {
          problems.add(
              Problem.ofParameter(
                  "postnummer", "'" + clip(postnummer) + "' is not a Norwegian postnummer"));
        } else if (p.hasPoint()) {
          near = new GeoPoint(p.lat(), p.lon());
        } else {
          // A few new postnummer have no point yet: fall back to their kommune's centre.
          near = ref.locate(null, p.kommunenummer()).orElse(null);
        }
      }
    }
    boolean afterCourse = afterCourse(single(params, "afterCourse", problems), problems);
    List<String> courseBy =
        values(
            params,
            "courseBy",
            v -> Codes.ID.matcher(v).matches(),
            "is not the id of a contact point",
            problems);
    Double radius =
        number(single(params, "radiusKm", problems), "radiusKm", 0.1, MAX_RADIUS_KM, problems);
    if (radius != null && near == null && postnummer == null) {
      problems.add(Problem.ofParameter("radiusKm", "needs near=LAT,LON or postnummer"));
    }
    GroupQuery.Sort sort = sort(single(params, "sort", problems), problems);
    if (sort == GroupQuery.Sort.DISTANCE && near == null && postnummer == null) {
      problems.add(Problem.ofParameter("sort", "sort=distance needs near=LAT,LON or postnummer"));
    }
    Double page = number(single(params, "page", problems), "page", 1, MAX_PAGE, problems);
    Double size = number(single(params, "size", problems), "size", 1, MAX_SIZE, problems);
    String lang = single(params, "lang", problems);
    if (lang != null && !Codes.UI_LANGUAGES.contains(lang)) {
      problems.add(Problem.ofParameter("lang", "must be one of " + Codes.UI_LANGUAGES));
    }
    if (page != null && page != Math.rint(page)) {
      problems.add(Problem.ofParameter("page", "must be a whole number"));
    }
    if (size != null && size != Math.rint(size)) {
      problems.add(Problem.ofParameter("size", "must be a whole number"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Invalid search parameters", problems);
    }
    return new GroupQuery(
        text,
        kommuner,
        fylker,
        themes,
        languages,
        formats,
        statuses,
        near,
        radius,
        sort,
        page == null ? 1 : page.intValue(),
        size == null ? DEFAULT_SIZE : size.intValue(),
        lang == null ? "nb" : lang,
        placeKommune,
        afterCourse,
        courseBy);
  }

  private static boolean afterCourse(String value, List<Problem> problems) {
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    problems.add(Problem.ofParameter("afterCourse", "must be true or false"));
    return false;
  }

  /** The UI language of a request: nb, nn or en; anything else is a 400. */
  public static String lang(String value) {
    if (value == null) {
      return "nb";
    }
    if (!Codes.UI_LANGUAGES.contains(value)) {
      throw new InvalidInputException(
          "Invalid parameter",
          List.of(Problem.ofParameter("lang", "must be one of " + Codes.UI_LANGUAGES)));
    }
    return value;
  }

  private static String single(
      MultivaluedMap<String, String> params, String name, List<Problem> problems) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      problems.add(Problem.ofParameter(name, "may be given only once"));
    }
    String v = values.get(0).strip();
    return v.isEmpty() ? null : v;
  }

  static List<String> values(
      MultivaluedMap<String, String> params,
      String name,
      Predicate<String> valid,
      String message,
      List<Problem> problems) {
    List<String> result = new ArrayList<>();
    int seen = 0; // valid or not: ten thousand bad values must not become ten thousand problems
    for (String raw : params.getOrDefault(name, List.of())) {
      for (String v : raw.split(",")) {
        String value = v.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || result.contains(value)) {
          continue;
        }
        if (++seen > MAX_VALUES) {
          problems.add(Problem.ofParameter(name, "has more than " + MAX_VALUES + " values"));
          return result;
        }
        if (!valid.test(value)) {
          problems.add(Problem.ofParameter(name, "'" + clip(value) + "' " + message));
        } else {
          result.add(value);
        }
      }
    }
    return result;
  }

  private static GeoPoint near(String value, List<Problem> problems) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(",");
    if (parts.length == 2) {
      try {
        double lat = Double.parseDouble(parts[0].strip());
        double lon = Double.parseDouble(parts[1].strip());
        if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
          return new GeoPoint(lat, lon);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(Problem.ofParameter("near", "must be LAT,LON in degrees, e.g. 61.6,5.03"));
    return null;
  }

  private static Double number(
      String value, String name, double min, double max, List<Problem> problems) {
    if (value == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d) && d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        Problem.ofParameter(name, "must be a number from " + fmt(min) + " to " + fmt(max)));
    return null;
  }

  private static GroupQuery.Sort sort(String value, List<Problem> problems) {
    if (value == null) {
      return GroupQuery.Sort.RELEVANCE;
    }
    try {
      return GroupQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.ofParameter("sort", "must be relevance, distance or title"));
      return GroupQuery.Sort.RELEVANCE;
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
