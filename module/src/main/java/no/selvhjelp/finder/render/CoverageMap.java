package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * Norway as dots: each kommune's centre (the points the reference data ships), coloured by how far
 * its inhabitants are from a group, drawn on the server as SVG. No tiles, no script, no request to
 * anyone else, so it works for every visitor and prints. An equirectangular projection scaled by
 * the cosine of 65° N keeps the country's shape recognisable; it is a sketch, not a survey.
 */
final class CoverageMap {
  /** Bounds that hold every kommune centre with a margin (Svalbard is not a kommune). */
  private static final double WEST = 4.2;

  private static final double EAST = 31.6;
  private static final double NORTH = 71.4;
  private static final double SOUTH = 57.7;
  private static final double SCALE = 34;
  private static final double MARGIN = 6;
  private static final double X_PER_DEGREE = SCALE * Math.cos(Math.toRadians(65));

  /** The coverage classes, best first; {@link #classOf} puts each kommune in one. */
  enum Band {
    LOCAL,
    WITHIN_25,
    WITHIN_50,
    WITHIN_100,
    FARTHER;

    String css() {
      return "shf-cov-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One dot: where, how big (by population), which band, and what it says on hover. */
  public record Dot(String kommunenummer, String x, String y, String r, String css, String label) {}

  public record Legend(String css, String label, int kommuner) {}

  /** The drawing; {@code viewBox} frames the kommuner drawn, so one fylke fills the map. */
  public record Drawing(String viewBox, List<Dot> dots, List<Legend> legend) {}

  private CoverageMap() {}

  static Band classOf(KommuneCoverage k) {
    if (k.localGroups() > 0) {
      return Band.LOCAL;
    }
    Double km = k.nearestLocalKm();
    if (km == null) {
      return Band.FARTHER;
    }
    if (km <= 25) {
      return Band.WITHIN_25;
    }
    if (km <= 50) {
      return Band.WITHIN_50;
    }
    return km <= 100 ? Band.WITHIN_100 : Band.FARTHER;
  }

  static Drawing draw(List<KommuneCoverage> kommuner, ReferenceData ref, ValueLabels labels) {
    List<Dot> dots = new ArrayList<>();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    int[] perBand = new int[Band.values().length];
    // Big kommuner first, so a small neighbour's dot is drawn on top and stays visible.
    List<KommuneCoverage> ordered =
        kommuner.stream()
            .sorted(Comparator.comparingInt(KommuneCoverage::population).reversed())
            .toList();
    for (KommuneCoverage k : ordered) {
      Kommune centre = ref.kommune(k.kommunenummer()).orElseThrow();
      Band band = classOf(k);
      perBand[band.ordinal()]++;
      double x = (centre.lon() - WEST) * X_PER_DEGREE;
      double y = (NORTH - centre.lat()) * SCALE;
      double r = 2.2 + Math.sqrt(k.population()) / 160.0;
      minX = Math.min(minX, x - r);
      minY = Math.min(minY, y - r);
      maxX = Math.max(maxX, x + r);
      maxY = Math.max(maxY, y + r);
      dots.add(
          new Dot(
              k.kommunenummer(),
              number(x),
              number(y),
              number(r),
              band.css(),
              CoverageTexts.dotLabel(k, labels)));
    }
    List<Legend> legend = new ArrayList<>();
    for (Band band : Band.values()) {
      legend.add(new Legend(band.css(), CoverageTexts.band(band, labels), perBand[band.ordinal()]));
    }
    String viewBox;
    if (dots.isEmpty()) {
      viewBox =
          "0 0 " + number((EAST - WEST) * X_PER_DEGREE) + " " + number((NORTH - SOUTH) * SCALE);
    } else {
      // A margin, and a minimum size so that one kommune is not drawn as a blob.
      double w = Math.max(maxX - minX, 40) + 2 * MARGIN;
      double h = Math.max(maxY - minY, 40) + 2 * MARGIN;
      double cx = (minX + maxX) / 2;
      double cy = (minY + maxY) / 2;
      viewBox = number(cx - w / 2) + " " + number(cy - h / 2) + " " + number(w) + " " + number(h);
    }
    return new Drawing(viewBox, dots, legend);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
