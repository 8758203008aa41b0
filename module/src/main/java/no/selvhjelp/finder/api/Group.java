package no.selvhjelp.finder.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-organised self-help group. Field names and types mirror {@code
 * light-modules/selvhjelp/contentTypes/group.yaml}; {@code ContentModelConformanceTest} proves it.
 * The id is the JCR node name.
 */
public record Group(
    String id,
    String title,
    String summary,
    String description,
    List<String> themes,
    List<String> languages,
    String format,
    String kommunenummer,
    String address,
    String postnummer,
    Double lat,
    Double lon,
    String schedule,
    String status,
    Boolean closedGroup,
    String audience,
    String contactPointId,
    Contact contact,
    LocalDate lastVerified,
    Boolean published,
    List<String> reachFylker,
    List<String> reachKommuner,
    String continuesCourse,
    String courseContactPointId) {

  public Group {
    themes = themes == null ? List.of() : List.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
    reachFylker = reachFylker == null ? List.of() : List.copyOf(reachFylker);
    reachKommuner = reachKommuner == null ? List.of() : List.copyOf(reachKommuner);
  }

  /** The group as the contract had it before reach and courses: it reaches the whole country. */
  public Group(
      String id,
      String title,
      String summary,
      String description,
      List<String> themes,
      List<String> languages,
      String format,
      String kommunenummer,
      String address,
      String postnummer,
      Double lat,
      Double lon,
      String schedule,
      String status,
      Boolean closedGroup,
      String audience,
      String contactPointId,
      Contact contact,
      LocalDate lastVerified,
      Boolean published) {
    this(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        lat,
        lon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        published,
        List.of(),
        List.of(),
        null,
        null);
  }

  public boolean digital() {
    return "digital".equals(format);
  }

  /**
   * A digital group with no fylke and no kommune in its reach is for the whole country; so is
   * content stored before reach existed.
   */
  public boolean reachesWholeCountry() {
    return reachFylker.isEmpty() && reachKommuner.isEmpty();
  }

  /** Unpublished content never appears in public reads; absent means published. */
  public boolean publiclyVisible() {
    return published == null || published;
  }

  public boolean closed() {
    return closedGroup != null && closedGroup;
  }

  public Group withPublished(boolean value) {
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        lat,
        lon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        value,
        reachFylker,
        reachKommuner,
        continuesCourse,
        courseContactPointId);
  }

  public Group withCoordinates(double newLat, double newLon) {
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        newLat,
        newLon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        published,
        reachFylker,
        reachKommuner,
        continuesCourse,
        courseContactPointId);
  }

  /** The same group with another title and description (demo and benchmark content). */
  public Group withText(String newTitle, String newDescription) {
    return new Group(
        id,
        newTitle,
        summary,
        newDescription,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        lat,
        lon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        published,
        reachFylker,
        reachKommuner,
        continuesCourse,
        courseContactPointId);
  }

  /** The same group with a reach (fylkesnummer and kommunenummer; both empty: whole country). */
  public Group withReach(List<String> fylker, List<String> kommuner) {
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        lat,
        lon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        published,
        fylker,
        kommuner,
        continuesCourse,
        courseContactPointId);
  }

  /** The same group, continuing {@code course} run by the contact point {@code runBy} (or null). */
  public Group withCourse(String course, String runBy) {
    return new Group(
        id,
        title,
        summary,
        description,
        themes,
        languages,
        format,
        kommunenummer,
        address,
        postnummer,
        lat,
        lon,
        schedule,
        status,
        closedGroup,
        audience,
        contactPointId,
        contact,
        lastVerified,
        published,
        reachFylker,
        reachKommuner,
        course,
        runBy);
  }
}
