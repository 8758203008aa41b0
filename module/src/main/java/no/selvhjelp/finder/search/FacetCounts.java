package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.search.FilterBuilder.Dim;
import no.selvhjelp.finder.shaded.lucene.facet.FacetResult;
import no.selvhjelp.finder.shaded.lucene.facet.Facets;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsCollector;
import no.selvhjelp.finder.shaded.lucene.facet.LabelAndValue;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Facet counts on sorted-set doc values. Theme, language and format are flat; fylke and kommune are
 * the two levels of one hierarchical "place" dimension. A dimension the visitor has filtered on is
 * counted without its own filter, so its alternatives stay visible (drill sideways).
 */
final class FacetCounts {
  private static final int LIMIT = 400;

  private final GroupSearcher searcher;
  private final ReferenceData ref;
  private final Map<FacetsCollector, Facets> cache = new IdentityHashMap<>();

  FacetCounts(GroupSearcher searcher, ReferenceData ref) {
    this.searcher = searcher;
    this.ref = ref;
  }

  Map<String, List<FacetValue>> count(
      FacetsCollector matched, Function<Dim, FacetsCollector> sideways) {
    if (searcher.facetState() == null) {
      Map<String, List<FacetValue>> empty = new LinkedHashMap<>();
      for (String dim : List.of("theme", "language", "kommune", "fylke", "format")) {
        empty.put(dim, List.of());
      }
      return empty;
    }
    Function<Dim, Facets> facetsFor =
        dim -> {
          FacetsCollector fc = sideways.apply(dim);
          return cache.computeIfAbsent(fc == null ? matched : fc, this::counts);
        };
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    result.put("theme", flat(facetsFor.apply(Dim.THEME), LuceneSchema.THEME));
    result.put("language", flat(facetsFor.apply(Dim.LANGUAGE), LuceneSchema.LANGUAGE));
    // Digital groups carry no place, so an index of only digital groups has no place dimension,
    // and Lucene's hierarchical counts fail on a missing one instead of saying so.
    boolean places = searcher.facetState().getDimTree(LuceneSchema.PLACE) != null;
    result.put("kommune", places ? kommuner(facetsFor.apply(Dim.KOMMUNE)) : List.of());
    result.put("fylke", places ? flat(facetsFor.apply(Dim.FYLKE), LuceneSchema.PLACE) : List.of());
    result.put("format", flat(facetsFor.apply(Dim.FORMAT), LuceneSchema.FORMAT));
    return result;
  }

  /** How many of the matches carry {@code value} in a flat dimension (counted once per search). */
  long matched(FacetsCollector matched, String dim, String value) {
    if (searcher.facetState() == null) {
      return 0;
    }
    try {
      Number n = cache.computeIfAbsent(matched, this::counts).getSpecificValue(dim, value);
      return n == null || n.longValue() < 0 ? 0 : n.longValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      return 0; // the dimension is not in the index yet
    }
  }

  private Facets counts(FacetsCollector fc) {
    try {
      return new SortedSetDocValuesFacetCounts(searcher.facetState(), fc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<FacetValue> flat(Facets facets, String dim, String... path) {
    try {
      FacetResult r = facets.getTopChildren(LIMIT, dim, path);
      List<FacetValue> values = new ArrayList<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      values.sort(
          Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension is not in the index yet (an empty index)
    }
  }

  /** Every kommune with a count: the children of every fylke that has any. */
  private List<FacetValue> kommuner(Facets facets) {
    List<FacetValue> values = new ArrayList<>();
    for (FacetValue fylke : flat(facets, LuceneSchema.PLACE)) {
      values.addAll(flat(facets, LuceneSchema.PLACE, fylke.value()));
    }
    values.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }
}
