package no.selvhjelp.finder.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.util.SloppyMath;

/**
 * The distance from a point to the nearest of a fixed set of points. The points are sorted by
 * latitude and the search walks out from the query's latitude in both directions, stopping once a
 * degree of latitude alone is farther than the best distance found: Norway is long and narrow, so a
 * few dozen points are looked at instead of all of them (357 kommuner × 10,000 groups would
 * otherwise be 3.6 million distances per answer).
 */
final class NearestPoints {
  /** The shortest a degree of latitude is on the sphere Lucene's haversine uses, in km. */
  private static final double KM_PER_DEGREE_LAT = 111.19;

  private final double[] lat;
  private final double[] lon;

  NearestPoints(List<double[]> points) {
    double[][] sorted = points.toArray(new double[0][]);
    Arrays.sort(sorted, Comparator.comparingDouble(p -> p[0]));
    lat = new double[sorted.length];
    lon = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      lat[i] = sorted[i][0];
      lon[i] = sorted[i][1];
    }
  }

  /** Kilometres to the nearest point, or null if there are none. */
  Double nearestKm(double fromLat, double fromLon) {
    if (lat.length == 0) {
      return null;
    }
    int start = Arrays.binarySearch(lat, fromLat);
    if (start < 0) {
      start = -start - 1;
    }
    double best = Double.MAX_VALUE;
    for (int i = start; i < lat.length; i++) {
      if ((lat[i] - fromLat) * KM_PER_DEGREE_LAT > best) {
        break;
      }
      best = Math.min(best, km(fromLat, fromLon, i));
    }
    for (int i = start - 1; i >= 0; i--) {
      if ((fromLat - lat[i]) * KM_PER_DEGREE_LAT > best) {
        break;
      }
      best = Math.min(best, km(fromLat, fromLon, i));
    }
    return best;
  }

  private double km(double fromLat, double fromLon, int i) {
    return SloppyMath.haversinMeters(fromLat, fromLon, lat[i], lon[i]) / 1000.0;
  }
}
