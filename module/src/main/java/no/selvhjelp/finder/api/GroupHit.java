package no.selvhjelp.finder.api;

import java.util.List;

/**
 * One search result, as the contract lists it. {@code distanceKm} and {@code highlight} may be
 * null; so are {@code continuesCourse} (the course the group continues) and {@code
 * courseContactPointId} (who runs it) for a group that continues no course. {@code section} is set
 * only when the query names a place: {@link #LOCAL} for a group that meets there (physical or
 * hybrid), {@link #DIGITAL} for a digital one, listed after every local hit, and {@link #FARTHER}
 * for a group that meets farther than {@link GroupQuery#NEARBY_KM} from the visitor's postnummer or
 * point, listed after the digital ones.
 */
public record GroupHit(
    String id,
    String title,
    String summary,
    List<String> themes,
    List<String> languages,
    String format,
    String kommunenummer,
    String kommune,
    String status,
    Double distanceKm,
    String highlight,
    String continuesCourse,
    String courseContactPointId,
    String section) {
  public static final String LOCAL = "local";
  public static final String DIGITAL = "digital";
  public static final String FARTHER = "farther";

  /** A hit for a group that continues no course, outside any section. */
  public GroupHit(
      String id,
      String title,
      String summary,
      List<String> themes,
      List<String> languages,
      String format,
      String kommunenummer,
      String kommune,
      String status,
      Double distanceKm,
      String highlight) {
    this(
        id,
        title,
        summary,
        themes,
        languages,
        format,
        kommunenummer,
        kommune,
        status,
        distanceKm,
        highlight,
        null,
        null,
        null);
  }

  public boolean digitalSection() {
    return DIGITAL.equals(section);
  }
}
