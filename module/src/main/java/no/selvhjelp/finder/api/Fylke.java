package no.selvhjelp.finder.api;

import java.util.List;

/** A fylke and its kommuner (numbers, in the order of the reference data). */
public record Fylke(String nummer, String name, double lat, double lon, List<String> kommuner) {}
