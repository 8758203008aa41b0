package no.selvhjelp.finder.api;

/** A postnummer, its primary kommune, and its point (null where the source has none). */
public record Postnummer(
    String nummer, String poststed, String kommunenummer, Double lat, Double lon) {
  public boolean hasPoint() {
    return lat != null && lon != null;
  }
}
