package no.selvhjelp.finder.api;

import java.util.List;

/**
 * A parsed, validated search over groups. Lists are OR within a filter; filters are ANDed. {@code
 * text} is the visitor's plain text and is never interpreted as query syntax. {@code near} is set
 * from either {@code near=} or a postnummer; {@code placeKommune} is the kommune that postnummer or
 * point lies in (null if unknown), which a digital group's reach must cover. {@code afterCourse}
 * keeps only groups that continue a course, {@code courseBy} those whose course one of the named
 * contact points runs.
 */
public record GroupQuery(
    String text,
    List<String> kommuner,
    List<String> fylker,
    List<String> themes,
    List<String> languages,
    List<String> formats,
    List<String> statuses,
    GeoPoint near,
    Double radiusKm,
    Sort sort,
    int page,
    int size,
    String lang,
    String placeKommune,
    boolean afterCourse,
    List<String> courseBy) {

  /**
   * With a point (postnummer or near) and no radius or other place, the groups that meet within
   * this distance are the visitor's local ones; those farther away follow the digital groups. About
   * an hour's travel to a weekly evening meeting in most of the country: farther than that, a group
   * the visitor can join online serves them better (see docs/search.md, "Sections").
   */
  public static final double NEARBY_KM = 50;

  public enum Sort {
    RELEVANCE,
    DISTANCE,
    TITLE
  }

  public GroupQuery {
    kommuner = List.copyOf(kommuner);
    fylker = List.copyOf(fylker);
    themes = List.copyOf(themes);
    languages = List.copyOf(languages);
    formats = List.copyOf(formats);
    statuses = List.copyOf(statuses);
    courseBy = courseBy == null ? List.of() : List.copyOf(courseBy);
  }

  /** A query without a place kommune or course filters. */
  public GroupQuery(
      String text,
      List<String> kommuner,
      List<String> fylker,
      List<String> themes,
      List<String> languages,
      List<String> formats,
      List<String> statuses,
      GeoPoint near,
      Double radiusKm,
      Sort sort,
      int page,
      int size,
      String lang) {
    this(
        text, kommuner, fylker, themes, languages, formats, statuses, near, radiusKm, sort, page,
        size, lang, null, false, List.of());
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  /**
   * True when the visitor gave a place (kommune, fylke, postnummer or near): then the groups that
   * meet there come first and digital groups follow as their own section.
   */
  public boolean hasPlace() {
    return !kommuner.isEmpty() || !fylker.isEmpty() || near != null;
  }

  /**
   * True when the place is a point without a radius and without a kommune or fylke: then the groups
   * that meet farther than {@link #NEARBY_KM} form their own section after the digital ones. With a
   * radius, a kommune or a fylke, the filter already keeps only the groups that meet in the place.
   */
  public boolean splitsByDistance() {
    return near != null && radiusKm == null && kommuner.isEmpty() && fylker.isEmpty();
  }

  /** The same search, another page. */
  public GroupQuery atPage(int newPage) {
    return new GroupQuery(
        text,
        kommuner,
        fylker,
        themes,
        languages,
        formats,
        statuses,
        near,
        radiusKm,
        sort,
        newPage,
        size,
        lang,
        placeKommune,
        afterCourse,
        courseBy);
  }

  public int offset() {
    return (page - 1) * size;
  }

  /** A query for everything, first page: a starting point for tests and benchmarks. */
  public static GroupQuery all(int size) {
    return text(null, size);
  }

  /** The visitor's text and nothing else, first page, by relevance. */
  public static GroupQuery text(String text, int size) {
    return new GroupQuery(
        text,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        Sort.RELEVANCE,
        1,
        size,
        "nb");
  }
}
