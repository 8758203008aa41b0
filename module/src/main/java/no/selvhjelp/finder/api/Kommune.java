package no.selvhjelp.finder.api;

/** A kommune of the 2024 division. Coordinates are its administrative centre. */
public record Kommune(
    String nummer,
    String name,
    String nameSami,
    String fylkesnummer,
    double lat,
    double lon,
    Maalform maalform,
    int population) {}
