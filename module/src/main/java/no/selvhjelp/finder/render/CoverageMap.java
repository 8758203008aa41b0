package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageBand;
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
  private static final double X_PER_DEGREE = SCALE * Math.cos(Math.toRadians(65));

  /** The country's height in map units: the span at which dots have their full size. */
  private static final double COUNTRY_SPAN = (NORTH - SOUTH) * SCALE;

  /**
   * The smallest span drawn: one kommune (Oslo) or a few close ones are framed as some 40 km around
   * them, not blown up until one dot fills the map.
   */
  private static final double MIN_SPAN = 0.36 * SCALE;

  /** Space around the dots, in drawing units. */
  private static final double MARGIN = 14;

  /** The names' size in drawing units: some 11 px on a map of 34rem. */
  private static final double FONT_SIZE = 11;

  /** How many of the most populous kommuner are named on a map of one or a few fylker. */
  private static final int NAMED = 6;

  /** Up to this many kommuner the map is a close-up that names its largest places. */
  private static final int NAMED_UP_TO = 60;

  /** One dot: where, how big (by population), which band, and what it says on hover. */
  public record Dot(String kommunenummer, String x, String y, String r, String css, String label) {}

  /** A place name beside a dot, on a close-up; {@code anchor} is its SVG text-anchor. */
  public record Name(String x, String y, String text, String anchor) {}

  public record Legend(String css, String label, int kommuner) {}

  /**
   * The drawing; {@code viewBox} frames the kommuner drawn, so one fylke fills the map (centred on
   * 0,0 and enlarged to the country's size), and {@code fontSize} is in the viewBox's units.
   */
  public record Drawing(
      String viewBox, List<Dot> dots, List<Name> names, String fontSize, List<Legend> legend) {}

  private record Placed(KommuneCoverage k, double x, double y) {}

  private CoverageMap() {}

  static String css(CoverageBand band) {
    return "shf-cov-" + band.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Drawing draw(
      List<KommuneCoverage> kommuner, ReferenceData ref, ValueLabels labels, boolean digital) {
    // Big kommuner first, so a small neighbour's dot is drawn on top and stays visible.
    List<Placed> placed =
        kommuner.stream()
            .sorted(Comparator.comparingInt(KommuneCoverage::population).reversed())
            .map(k -> place(k, ref))
            .toList();
    int[] perBand = new int[CoverageBand.values().length];
    placed.forEach(p -> perBand[CoverageBand.of(p.k(), digital).ordinal()]++);
    List<Legend> legend = new ArrayList<>();
    for (CoverageBand band : CoverageBand.scale(digital)) {
      legend.add(new Legend(css(band), CoverageTexts.band(band, labels), perBand[band.ordinal()]));
    }
    if (placed.isEmpty()) {
      String box = "0 0 " + number((EAST - WEST) * X_PER_DEGREE) + " " + number(COUNTRY_SPAN);
      return new Drawing(box, List.of(), List.of(), number(FONT_SIZE), legend);
    }
    double minX = placed.stream().mapToDouble(Placed::x).min().orElseThrow();
    double maxX = placed.stream().mapToDouble(Placed::x).max().orElseThrow();
    double minY = placed.stream().mapToDouble(Placed::y).min().orElseThrow();
    double maxY = placed.stream().mapToDouble(Placed::y).max().orElseThrow();
    double span = Math.max(MIN_SPAN, Math.max(maxX - minX, maxY - minY));
    // A close-up is enlarged to the country's size in drawing units, so that dots, names and
    // strokes keep one size at every zoom: drawn in the fylke's own units, the dots swallowed
    // each other (and a lone Oslo filled the map).
    double zoom = Math.min(1, span / COUNTRY_SPAN);
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    List<Dot> dots = new ArrayList<>();
    for (Placed p : placed) {
      CoverageBand band = CoverageBand.of(p.k(), digital);
      dots.add(
          new Dot(
              p.k().kommunenummer(),
              number((p.x() - cx) / zoom),
              number((p.y() - cy) / zoom),
              number(radius(p.k(), zoom)),
              css(band),
              CoverageTexts.dotLabel(p.k(), labels, digital)));
    }
    double w = Math.max(maxX - minX, MIN_SPAN) / zoom + 2 * MARGIN;
    double h = Math.max(maxY - minY, MIN_SPAN) / zoom + 2 * MARGIN;
    String viewBox = number(-w / 2) + " " + number(-h / 2) + " " + number(w) + " " + number(h);
    List<Name> names =
        placed.size() > NAMED_UP_TO
            ? List.of()
            : placed.stream().limit(NAMED).map(p -> name(p, zoom, cx, cy)).toList();
    return new Drawing(viewBox, dots, names, number(FONT_SIZE), legend);
  }

  /**
   * By population, relative to the area drawn; a close-up's dots are a little larger than the
   * country's, which its kommuner, drawn farther apart, have room for.
   */
  private static double radius(KommuneCoverage k, double zoom) {
    double closeUp = zoom < 1 ? 1.6 : 1;
    return closeUp * (2.2 + Math.sqrt(k.population()) / 160.0);
  }

  private static Placed place(KommuneCoverage k, ReferenceData ref) {
    Kommune centre = ref.kommune(k.kommunenummer()).orElseThrow();
    return new Placed(k, (centre.lon() - WEST) * X_PER_DEGREE, (NORTH - centre.lat()) * SCALE);
  }

  /** A name to the right of its dot, or to the left in the map's eastern half, so it stays in. */
  private static Name name(Placed p, double zoom, double cx, double cy) {
    double x = (p.x() - cx) / zoom;
    double r = radius(p.k(), zoom);
    boolean east = x > 0;
    double nameX = east ? x - r - FONT_SIZE * 0.3 : x + r + FONT_SIZE * 0.3;
    return new Name(
        number(nameX),
        number((p.y() - cy) / zoom + FONT_SIZE * 0.35),
        p.k().kommune(),
        east ? "end" : "start");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
