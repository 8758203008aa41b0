package no.selvhjelp.finder.api;

import java.util.List;

/**
 * One search result, as the contract lists it. {@code distanceKm} and {@code highlight} may be
 * null.
 */
public record GroupHit(
    String id,
    String title,
    String summary,
    List<String> themes,
    List<String> languages,
    String format,
    String kommunenummer,
    String kommune,
    String status,
    Double distanceKm,
    String highlight) {}
