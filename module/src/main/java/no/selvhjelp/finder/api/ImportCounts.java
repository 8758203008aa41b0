package no.selvhjelp.finder.api;

/** How many items of each type an import stored. */
public record ImportCounts(int groups, int contactPoints, int districtOffices) {}
