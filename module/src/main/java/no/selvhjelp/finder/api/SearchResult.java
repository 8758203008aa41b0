package no.selvhjelp.finder.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts per dimension (theme, language, kommune, fylke,
 * format). Immutable, since one result may answer many requests (the search's result cache); the
 * dimensions keep their order. When the query names a place, {@code localTotal} (groups that meet
 * there), {@code digitalTotal} (digital groups, listed after them) and {@code fartherTotal} (groups
 * that meet farther than {@link GroupQuery#NEARBY_KM} from a postnummer or point, listed last; 0
 * for a kommune, a fylke or a radius) add up to {@code total}; without a place all three are null.
 */
public record SearchResult(
    long total,
    int page,
    int size,
    List<GroupHit> hits,
    Map<String, List<FacetValue>> facets,
    Long localTotal,
    Long digitalTotal,
    Long fartherTotal) {
  /** A result without sections (no place in the query). */
  public SearchResult(
      long total, int page, int size, List<GroupHit> hits, Map<String, List<FacetValue>> facets) {
    this(total, page, size, hits, facets, null, null, null);
  }

  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    facets.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
    facets = Collections.unmodifiableMap(copy);
  }
}
