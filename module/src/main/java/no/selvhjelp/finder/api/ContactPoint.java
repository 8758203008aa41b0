package no.selvhjelp.finder.api;

import java.util.List;

/**
 * A local contact point (frivilligsentral, frisklivssentral, LMS, LINK centre...) that starts and
 * supports groups in one or more kommuner. Mirrors {@code contentTypes/contactPoint.yaml}.
 */
public record ContactPoint(
    String id,
    String name,
    String type,
    List<String> kommuner,
    String address,
    String postnummer,
    Double lat,
    Double lon,
    String phone,
    String email,
    String url,
    String description,
    String districtOfficeId) {

  public ContactPoint {
    kommuner = kommuner == null ? List.of() : List.copyOf(kommuner);
  }

  public ContactPoint withCoordinates(double newLat, double newLon) {
    return new ContactPoint(
        id,
        name,
        type,
        kommuner,
        address,
        postnummer,
        newLat,
        newLon,
        phone,
        email,
        url,
        description,
        districtOfficeId);
  }
}
