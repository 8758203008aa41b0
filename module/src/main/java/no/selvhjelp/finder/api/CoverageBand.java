package no.selvhjelp.finder.api;

import java.util.List;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;

/**
 * The classes the coverage map colours kommuner by, and the CSV's band column. Two scales: the
 * distance to the nearest group that meets in person, and, when only digital groups are counted
 * ({@code format=digital}), how many digital groups are open to the kommune: with digital groups
 * alone no kommune has a local group, and a distance scale would paint all of Norway as "none".
 */
public enum CoverageBand {
  LOCAL,
  WITHIN_25,
  WITHIN_50,
  WITHIN_100,
  FARTHER,
  DIGITAL_10,
  DIGITAL_3,
  DIGITAL_1,
  DIGITAL_NONE;

  private static final List<CoverageBand> DISTANCE =
      List.of(LOCAL, WITHIN_25, WITHIN_50, WITHIN_100, FARTHER);
  private static final List<CoverageBand> DIGITAL =
      List.of(DIGITAL_10, DIGITAL_3, DIGITAL_1, DIGITAL_NONE);

  /** Whether a query counts digital groups only: then the digital scale applies. */
  public static boolean digitalOnly(CoverageQuery q) {
    return q.formats().equals(List.of("digital"));
  }

  /** The bands of one scale, best first. */
  public static List<CoverageBand> scale(boolean digital) {
    return digital ? DIGITAL : DISTANCE;
  }

  public static CoverageBand of(KommuneCoverage k, boolean digital) {
    return digital ? digital(k.digitalGroups()) : distance(k);
  }

  private static CoverageBand digital(int groups) {
    if (groups >= 10) {
      return DIGITAL_10;
    }
    if (groups >= 3) {
      return DIGITAL_3;
    }
    return groups >= 1 ? DIGITAL_1 : DIGITAL_NONE;
  }

  private static CoverageBand distance(KommuneCoverage k) {
    if (k.localGroups() > 0) {
      return LOCAL;
    }
    if (k.nearestLocalKm() == null) {
      return FARTHER;
    }
    // Banded by the distance as shown (one decimal), so a row never reads "25.0" in one band and
    // "25.0" in the next.
    double km = Math.round(k.nearestLocalKm() * 10) / 10.0;
    if (km <= 25) {
      return WITHIN_25;
    }
    if (km <= 50) {
      return WITHIN_50;
    }
    return km <= 100 ? WITHIN_100 : FARTHER;
  }

  /** Its rank on its scale, 0 best: the map's colours are by rank, the same on both scales. */
  public int rank() {
    return scale(ordinal() >= DIGITAL_10.ordinal()).indexOf(this);
  }
}
