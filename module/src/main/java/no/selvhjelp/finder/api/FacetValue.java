package no.selvhjelp.finder.api;

/** One value of a facet and how many matching groups carry it. */
public record FacetValue(String value, long count) {}
