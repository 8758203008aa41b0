package no.selvhjelp.finder.api;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts per dimension (theme, language, kommune, fylke,
 * format).
 */
public record SearchResult(
    long total, int page, int size, List<GroupHit> hits, Map<String, List<FacetValue>> facets) {}
