package no.selvhjelp.finder.api;

/** A WGS84 point. */
public record GeoPoint(double lat, double lon) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle distance by the haversine formula. */
  public double distanceKm(double otherLat, double otherLon) {
    double dLat = Math.toRadians(otherLat - lat);
    double dLon = Math.toRadians(otherLon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(otherLat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
