package no.selvhjelp.finder.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.selvhjelp.finder.api.Coverage.AreaCoverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;

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

  public record Row(
      String kommunenummer,
      String kommune,
      String fylke,
      String population,
      String localGroups,
      String per10k,
      String nearestKm,
      String digitalGroups,
      String css,
      String band) {}

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

  static List<Column> columns(
      String sort, boolean ascending, VisitorParams params, ValueLabels labels) {
    List<Column> columns = new ArrayList<>();
    for (String key :
        List.of(
            "kommune",
            "fylke",
            "population",
            "localGroups",
            "per10k",
            "nearestLocalKm",
            "digitalGroups")) {
      boolean current = key.equals(sort);
      boolean nextAscending = current ? !ascending : ascendingByDefault(key);
      String href =
          params.with("sort", key).with("dir", nextAscending ? "asc" : "desc").href("")
              + "#shf-coverage-table";
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

  static Row row(KommuneCoverage k, ValueLabels labels) {
    CoverageMap.Band band = CoverageMap.classOf(k);
    return new Row(
        k.kommunenummer(),
        k.kommune(),
        k.fylke(),
        CoverageTexts.number(k.population(), 0, labels),
        CoverageTexts.number(k.localGroups(), 0, labels),
        CoverageTexts.number(k.per10k(), 2, labels),
        CoverageTexts.km(k.nearestLocalKm(), labels),
        CoverageTexts.number(k.digitalGroups(), 0, labels),
        band.css(),
        CoverageTexts.band(band, labels));
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
        CoverageTexts.km(a.farthestNearestKm(), labels),
        n.apply(a.digitalGroups()));
  }
}
