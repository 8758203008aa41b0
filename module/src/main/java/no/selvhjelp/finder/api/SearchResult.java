package no.selvhjelp.finder.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts per dimension (theme, language, kommune, fylke,
 * format). Immutable, since one result may answer many requests (the search's result cache); the
 * dimensions keep their order.
 */
public record SearchResult(
    long total, int page, int size, List<GroupHit> hits, Map<String, List<FacetValue>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    facets.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
    facets = Collections.unmodifiableMap(copy);
  }
}
