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
    Boolean published) {

  public Group {
    themes = themes == null ? List.of() : List.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
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
        value);
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
        published);
  }
}
