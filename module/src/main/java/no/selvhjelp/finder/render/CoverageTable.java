package no.selvhjelp.finder.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.selvhjelp.finder.api.Coverage.AreaCoverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageBand;

/**
 * The coverage table: sorted on the server by links in the column headers, so it sorts without
 * JavaScript and a sorted view can be shared as a link. The sorted column says so with {@code
 * aria-sort}.
 */
final class CoverageTable {
  /** Columns by their parameter value; the first is the default sort, farthest first. */
  static final List<String> SORTS =
      List.of(
          "nearestLocalKm",
          "kommune",
          "fylke",
          "population",
          "localGroups",
          "per10k",
          "digitalGroups");

  private static final Collator NORWEGIAN =
      Collator.getInstance(java.util.Locale.forLanguageTag("nb"));

  private static final Map<String, Comparator<KommuneCoverage>> ORDER =
      Map.of(
          "kommune", Comparator.comparing(KommuneCoverage::kommune, NORWEGIAN),
          "fylke",
              Comparator.comparing(KommuneCoverage::fylke, NORWEGIAN)
                  .thenComparing(KommuneCoverage::kommune, NORWEGIAN),
          "population", Comparator.comparingInt(KommuneCoverage::population),
          "localGroups", Comparator.comparingInt(KommuneCoverage::localGroups),
          "per10k", Comparator.comparingDouble(KommuneCoverage::per10k),
          // No group anywhere is farther than any distance.
          "nearestLocalKm",
              Comparator.comparing(
                  (KommuneCoverage k) ->
                      k.nearestLocalKm() == null ? Double.MAX_VALUE : k.nearestLocalKm()),
          "digitalGroups", Comparator.comparingInt(KommuneCoverage::digitalGroups));

  public record Column(String key, String label, String href, String ariaSort, boolean numeric) {}

  /** One figure of a row, in its column's place. */
  public record Cell(String text, boolean numeric) {}

  /**
   * A kommune's row: its name (the row header), then {@code cells} in the columns' order, then its
   * band.
   */
  public record Row(
      String kommunenummer, String kommune, List<Cell> cells, String css, String band) {}

  /** The columns in the table's default order, the row header (kommune) first. */
  private static final List<String> DEFAULT_ORDER =
      List.of(
          "kommune",
          "fylke",
          "population",
          "localGroups",
          "per10k",
          "nearestLocalKm",
          "digitalGroups");

  public record AreaRow(
      String name,
      String kommuner,
      String population,
      String localGroups,
      String per10k,
      String without,
      String farthestKm,
      String digitalGroups) {}

  private CoverageTable() {}

  static List<KommuneCoverage> sorted(List<KommuneCoverage> rows, String sort, boolean ascending) {
    Comparator<KommuneCoverage> order = ORDER.get(sort);
    Comparator<KommuneCoverage> byName = ORDER.get("kommune");
    order = ascending ? order : order.reversed();
    return rows.stream().sorted(order.thenComparing(byName)).toList();
  }

  /** The default direction of a column: names A–Z, figures largest first. */
  static boolean ascendingByDefault(String sort) {
    return sort.equals("kommune") || sort.equals("fylke");
  }

  /**
   * The kommune, then the sorted column, then the rest: on a phone the table scrolls sideways, and
   * the figure the visitor sorted by (the distance, by default) is then on screen beside the name.
   */
  static List<String> order(String sort) {
    List<String> order = new ArrayList<>(DEFAULT_ORDER);
    order.remove(sort);
    order.add(sort.equals("kommune") ? 0 : 1, sort);
    return order;
  }

  /**
   * @param anchor the id of the table's heading, which the sort links scroll back to
   */
  static List<Column> columns(
      String sort, boolean ascending, VisitorParams params, ValueLabels labels, String anchor) {
    List<Column> columns = new ArrayList<>();
    for (String key : order(sort)) {
      boolean current = key.equals(sort);
      boolean nextAscending = current ? !ascending : ascendingByDefault(key);
      String href =
          params.with("sort", key).with("dir", nextAscending ? "asc" : "desc").href("")
              + "#"
              + anchor;
      columns.add(
          new Column(
              key,
              labels.text("selvhjelp.coverage.col." + key),
              href,
              current ? (ascending ? "ascending" : "descending") : null,
              !key.equals("kommune") && !key.equals("fylke")));
    }
    return columns;
  }

  static Row row(KommuneCoverage k, String sort, ValueLabels labels, boolean digital) {
    CoverageBand band = CoverageBand.of(k, digital);
    List<Cell> cells = new ArrayList<>();
    for (String key : order(sort)) {
      switch (key) {
        case "kommune" -> {} // the row header
        case "fylke" -> cells.add(new Cell(k.fylke(), false));
        case "population" -> cells.add(number(k.population(), 0, labels));
        case "localGroups" -> cells.add(number(k.localGroups(), 0, labels));
        case "per10k" -> cells.add(number(k.per10k(), 2, labels));
        case "nearestLocalKm" ->
            cells.add(new Cell(CoverageTexts.km(k.nearestLocalKm(), labels), true));
        case "digitalGroups" -> cells.add(number(k.digitalGroups(), 0, labels));
        default -> throw new IllegalArgumentException(key);
      }
    }
    return new Row(
        k.kommunenummer(),
        k.kommune(),
        cells,
        CoverageMap.css(band),
        CoverageTexts.band(band, labels));
  }

  private static Cell number(double value, int decimals, ValueLabels labels) {
    return new Cell(CoverageTexts.number(value, decimals, labels), true);
  }

  /** Fylker with the fewest groups per 10,000 inhabitants first: where help is thinnest. */
  static List<AreaRow> areas(List<AreaCoverage> areas, ValueLabels labels) {
    return areas.stream()
        .sorted(
            Comparator.comparingDouble(AreaCoverage::per10k)
                .thenComparing(AreaCoverage::name, NORWEGIAN))
        .map(a -> area(a, labels))
        .toList();
  }

  static AreaRow area(AreaCoverage a, ValueLabels labels) {
    Function<Integer, String> n = v -> CoverageTexts.number(v, 0, labels);
    return new AreaRow(
        a.name(),
        n.apply(a.kommuner()),
        CoverageTexts.number(a.population(), 0, labels),
        n.apply(a.localGroups()),
        CoverageTexts.number(a.per10k(), 2, labels),
        n.apply(a.kommunerWithoutLocalGroup()),
        // Every kommune has a group of its own: no farthest, which "ingen" (none) would misstate.
        a.kommunerWithoutLocalGroup() == 0 ? "–" : CoverageTexts.km(a.farthestNearestKm(), labels),
        n.apply(a.digitalGroups()));
  }
}
