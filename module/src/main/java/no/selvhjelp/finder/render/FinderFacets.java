package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.SearchResult;

/**
 * Facets as links: each value links to the same search with that value added to its filter, or
 * removed if it is already there. Plain links work without JavaScript and read well to a screen
 * reader; the widget loads them in place.
 */
final class FinderFacets {
  private FinderFacets() {}

  /** The kommune facet can have hundreds of values; the busiest few are what helps. */
  private static final int MAX_KOMMUNER = 10;

  public record Facet(String name, String label, List<Value> values) {}

  public record Value(String value, String label, long count, String href, boolean selected) {}

  static List<Facet> facets(
      SearchResult result,
      GroupQuery query,
      boolean kommuneFixed,
      VisitorParams params,
      String path,
      ValueLabels labels) {
    List<Facet> facets = new ArrayList<>();
    add(facets, result, "theme", query.themes(), labels::theme, params, path, labels, 20);
    add(facets, result, "format", query.formats(), labels::format, params, path, labels, 3);
    add(facets, result, "language", query.languages(), labels::language, params, path, labels, 20);
    if (!kommuneFixed) {
      add(
          facets,
          result,
          "kommune",
          query.kommuner(),
          labels::kommune,
          params,
          path,
          labels,
          MAX_KOMMUNER);
    }
    return facets;
  }

  private static void add(
      List<Facet> facets,
      SearchResult result,
      String name,
      List<String> selected,
      Function<String, String> label,
      VisitorParams params,
      String path,
      ValueLabels labels,
      int max) {
    List<Value> values = new ArrayList<>();
    for (FacetValue fv : result.facets().getOrDefault(name, List.of())) {
      if (values.size() >= max && !selected.contains(fv.value())) {
        continue;
      }
      // Toggle from what is in effect, which may be the editor's default rather than the URL's.
      VisitorParams base = params.has(name) ? params : params.with(name, selected);
      values.add(
          new Value(
              fv.value(),
              label.apply(fv.value()),
              fv.count(),
              base.toggled(name, fv.value()).without("page").href(path),
              selected.contains(fv.value())));
    }
    // A chosen value that nothing matches any more must still be there to be unchosen.
    for (String value : selected) {
      if (values.stream().noneMatch(v -> v.value().equals(value))) {
        values.add(
            new Value(
                value,
                label.apply(value),
                0,
                params.toggled(name, value).without("page").href(path),
                true));
      }
    }
    if (!values.isEmpty()) {
      facets.add(new Facet(name, labels.text("selvhjelp.ui.facets." + name), values));
    }
  }
}
