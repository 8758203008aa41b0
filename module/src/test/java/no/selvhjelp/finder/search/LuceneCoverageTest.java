package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.shaded.lucene.util.SloppyMath;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Coverage per kommune, fylke and country, over a real index. */
class LuceneCoverageTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    List<Group> groups =
        List.of(
            Fixtures.group("sorg-kinn", "Sorg i Kinn", "4602", "physical", List.of("sorg")),
            Fixtures.group("sorg-bergen", "Sorg i Bergen", "4601", "hybrid", List.of("sorg")),
            Fixtures.group("angst-bergen", "Angst i Bergen", "4601", "physical", List.of("angst")),
            Fixtures.group("sorg-digital", "Sorg på nett", "0301", "digital", List.of("sorg")),
            Fixtures.group("sorg-nord", "Sorg på nett i nord", "5501", "digital", List.of("sorg"))
                .withReach(List.of("18", "55", "56"), List.of()),
            Fixtures.group(
                    "sorg-kinn-nett", "Sorg på nett for Kinn", "4602", "digital", List.of("sorg"))
                .withReach(List.of(), List.of("4602")),
            Fixtures.group("sorg-tromso", "Sorg i Tromsø", "5501", "physical", List.of("sorg"))
                .withPublished(false));
    engine.imports().importBatch(new ImportBatch(null, null, groups));
    engine.syncIndex();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  private static Map<String, KommuneCoverage> byKommune(Coverage c) {
    return c.kommuner().stream()
        .collect(Collectors.toMap(KommuneCoverage::kommunenummer, Function.identity()));
  }

  private static CoverageQuery theme(String theme, String... fylker) {
    return new CoverageQuery(List.of(theme), List.of(), List.of(), List.of(fylker));
  }

  @Test
  void everyKommuneHasARecordWithItsLocalGroupsAndPopulation() {
    Coverage c = engine.coverage().coverage(CoverageQuery.everything());
    assertThat(c.kommuner()).hasSize(357);
    KommuneCoverage bergen = byKommune(c).get("4601");
    assertThat(bergen.localGroups()).isEqualTo(2);
    assertThat(bergen.kommune()).isEqualTo("Bergen");
    assertThat(bergen.fylke()).isEqualTo("Vestland");
    assertThat(bergen.population()).isEqualTo(291_940);
    assertThat(bergen.per10k()).isEqualTo(Math.round(2 * 10_000.0 / 291_940 * 100) / 100.0);
    assertThat(c.populationDate()).isEqualTo("2024-01-01");
    assertThat(c.populationSource()).contains("SSB");
  }

  @Test
  void aThemeCountsOnlyItsPublishedGroupsAndADigitalGroupIsNotLocalAnywhere() {
    Map<String, KommuneCoverage> k = byKommune(engine.coverage().coverage(theme("sorg")));
    assertThat(k.get("4602").localGroups()).isEqualTo(1);
    assertThat(k.get("4601").localGroups()).isEqualTo(1); // the hybrid group meets in Bergen
    assertThat(k.get("0301").localGroups()).isZero(); // the digital group meets nowhere
    assertThat(k.get("5501").localGroups()).isZero(); // the draft does not count
    assertThat(k.get("0301").digitalGroups()).isEqualTo(1); // only the one open to everyone
  }

  @Test
  void aDigitalGroupCountsOnlyWhereItsReachLetsTheKommunesInhabitantsJoin() {
    Coverage c = engine.coverage().coverage(theme("sorg"));
    Map<String, KommuneCoverage> k = byKommune(c);
    assertThat(k.get("5501").digitalGroups()).as("Tromsø: everyone's and the north's").isEqualTo(2);
    assertThat(k.get("1804").digitalGroups()).as("Bodø, Nordland").isEqualTo(2);
    assertThat(k.get("4602").digitalGroups()).as("Kinn: everyone's and Kinn's own").isEqualTo(2);
    assertThat(k.get("4601").digitalGroups()).as("Bergen: everyone's only").isEqualTo(1);
    assertThat(
            c.fylker().stream()
                .filter(f -> f.code().equals("55"))
                .findFirst()
                .orElseThrow()
                .digitalGroups())
        .isEqualTo(2);
    assertThat(
            c.fylker().stream()
                .filter(f -> f.code().equals("03"))
                .findFirst()
                .orElseThrow()
                .digitalGroups())
        .isEqualTo(1);
    assertThat(c.country().digitalGroups()).isEqualTo(3);
  }

  @Test
  void theNearestGroupIsMeasuredFromTheKommuneCentreToAGroupInAnyKommune() {
    Map<String, KommuneCoverage> k = byKommune(engine.coverage().coverage(theme("sorg")));
    assertThat(k.get("4602").nearestLocalKm()).isEqualTo(0.0);
    Kommune tromso = engine.referenceData().kommune("5501").orElseThrow();
    Kommune kinn = engine.referenceData().kommune("4602").orElseThrow();
    Kommune bergen = engine.referenceData().kommune("4601").orElseThrow();
    double expected =
        Math.min(distanceKm(tromso, kinn), distanceKm(tromso, bergen)); // not the draft in Tromsø
    assertThat(k.get("5501").nearestLocalKm()).isCloseTo(expected, within(0.1));
  }

  @Test
  void withNoMatchingGroupInNorwayTheNearestIsUnknownNotZero() {
    Coverage c = engine.coverage().coverage(theme("spiseforstyrrelser"));
    assertThat(c.kommuner()).allSatisfy(r -> assertThat(r.nearestLocalKm()).isNull());
    assertThat(c.country().farthestNearestKm()).isNull();
  }

  @Test
  void aFylkeFilterListsItsKommunerAndTotalsWhileTheCountryStaysWhole() {
    Coverage c = engine.coverage().coverage(theme("sorg", "46"));
    assertThat(c.kommuner()).allSatisfy(r -> assertThat(r.fylkesnummer()).isEqualTo("46"));
    assertThat(c.kommuner()).hasSize(43);
    assertThat(c.fylker())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("46");
              assertThat(f.localGroups()).isEqualTo(2);
              assertThat(f.kommunerWithoutLocalGroup()).isEqualTo(41);
              assertThat(f.digitalGroups()).isEqualTo(2); // everyone's and Kinn's own
            });
    assertThat(c.country().kommuner()).isEqualTo(357);
    assertThat(c.country().population()).isEqualTo(5_550_203);
    assertThat(c.country().localGroups()).isEqualTo(2);
  }

  @Test
  void aNewGroupIsCountedByTheNextAnswerThoughTheAnswerWasCached() throws Exception {
    CoverageQuery q = theme("rus");
    assertThat(byKommune(engine.coverage().coverage(q)).get("1103").localGroups()).isZero();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    Fixtures.group("rus-stavanger", "Rus", "1103", "physical", List.of("rus")))));
    engine.syncIndex();
    assertThat(byKommune(engine.coverage().coverage(q)).get("1103").localGroups()).isEqualTo(1);
  }

  private static double distanceKm(Kommune a, Kommune b) {
    return SloppyMath.haversinMeters(a.lat(), a.lon(), b.lat(), b.lon()) / 1000.0;
  }
}
