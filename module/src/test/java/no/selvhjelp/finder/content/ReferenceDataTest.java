package no.selvhjelp.finder.content;

import static org.assertj.core.api.Assertions.assertThat;

import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Maalform;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
  private static final ReferenceData REF = ReferenceData.load();

  @Test
  void hasThe2024DivisionOf357KommunerIn15Fylker() {
    assertThat(REF.kommuner()).hasSize(357);
    assertThat(REF.fylker()).hasSize(15);
    assertThat(REF.fylker().stream().mapToInt(f -> f.kommuner().size()).sum()).isEqualTo(357);
    assertThat(REF.postnummerCount()).isEqualTo(5121);
  }

  @Test
  void findsKommuneByNumberKeepingLeadingZeros() {
    assertThat(REF.kommune("0301")).hasValueSatisfying(k -> assertThat(k.name()).isEqualTo("Oslo"));
    assertThat(REF.kommune("301")).isEmpty();
  }

  @Test
  void findsTheFylkeOfAKommune() {
    assertThat(REF.fylkeOf("4602")).map(Fylke::name).hasValue("Vestland");
    assertThat(REF.fylkeOf("3201")).map(Fylke::nummer).hasValue("32");
  }

  @Test
  void mapsPostnummerToKommuneAndCoordinates() {
    assertThat(REF.postnummer("6900"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.kommunenummer()).isEqualTo("4602");
              assertThat(p.lat()).isBetween(61.5, 61.7);
            });
    assertThat(REF.postnummer("0001")).map(p -> p.kommunenummer()).hasValue("0301");
  }

  @Test
  void knowsEachKommunesMaalform() {
    assertThat(REF.maalform("4621")).hasValue(Maalform.NYNORSK); // Voss
    assertThat(REF.maalform("1101")).hasValue(Maalform.BOKMAAL); // Eigersund
    assertThat(REF.maalform("0301")).hasValue(Maalform.NOYTRAL); // Oslo
    assertThat(Maalform.NOYTRAL.textLanguage()).isEqualTo("nb");
  }

  @Test
  void repeatedKommuneNamesAreShownWithTheirFylke() {
    assertThat(REF.displayName("1515")).isEqualTo("Herøy (Møre og Romsdal)");
    assertThat(REF.displayName("1818")).isEqualTo("Herøy (Nordland)");
    assertThat(REF.displayName("4602")).isEqualTo("Kinn");
  }

  @Test
  void locatesByPostnummerPointElseByKommuneCentre() {
    GeoPoint byPost = REF.locate("6900", "4602").orElseThrow();
    GeoPoint byKommune = REF.locate(null, "4602").orElseThrow();
    assertThat(byPost.lat()).isEqualTo(REF.postnummer("6900").orElseThrow().lat());
    assertThat(byKommune.lat()).isEqualTo(REF.kommune("4602").orElseThrow().lat());
    assertThat(REF.locate(null, "9999")).isEmpty();
  }
}
