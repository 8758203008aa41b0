package no.selvhjelp.finder.server.place;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.SearchParameters;
import no.selvhjelp.finder.server.demo.DemoContent;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's place examples on the demo content, at the engine: with a place, the groups that meet
 * there come first, the digital ones follow as their own section, and from a postnummer without a
 * radius the groups that meet farther away come last; words and a postnummer rank the nearer of two
 * good matches first; counts and facets add up.
 */
class PlaceRankingTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(new DemoContent(engine.referenceData()).batch());
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  static SearchResult search(String... nameValues) {
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(nameValues[i], nameValues[i + 1]);
    }
    return engine.search().search(new SearchParameters(engine.referenceData()).parse(params));
  }

  private static final List<String> SECTION_ORDER =
      List.of(GroupHit.LOCAL, GroupHit.DIGITAL, GroupHit.FARTHER);

  /** The sections of the hits, in order: all "local", then all "digital", then all "farther". */
  private static void assertLocalThenDigital(SearchResult r) {
    List<String> sections = r.hits().stream().map(GroupHit::section).toList();
    assertThat(sections).doesNotContainNull();
    assertThat(sections.stream().map(SECTION_ORDER::indexOf).toList())
        .isSorted()
        .doesNotContain(-1);
  }

  @Test
  void withoutWordsTheGroupsAVisitorCanJoinNowLeadEachSection() {
    // Oslo's relatives' groups: the demo's full digital "Pårørendegruppe i Midtbyen" sorted first
    // of the digital section by its title; a group that cannot take the visitor goes last.
    for (String[] place :
        List.of(
            new String[] {"kommune", "0301"},
            new String[] {"postnummer", "7010"},
            new String[] {"fylke", "50"})) {
      SearchResult r = search(place[0], place[1], "theme", "parorende", "size", "100");
      assertLocalThenDigital(r);
      for (String section : SECTION_ORDER) {
        List<Integer> availability =
            r.hits().stream()
                .filter(h -> section.equals(h.section()))
                .map(h -> List.of("full", "paused").indexOf(h.status()) + 1)
                .toList();
        assertThat(availability).as(place[1] + " " + section).isSorted();
      }
      assertThat(r.hits().stream().map(GroupHit::status)).as(place[1]).contains("full");
    }
  }

  @Test
  void kinnListsItsOwnGroupsFirstThenTheDigitalSection() {
    SearchResult r = search("kommune", "4602", "lang", "nn", "size", "100");
    assertThat(r.localTotal()).isPositive();
    assertThat(r.digitalTotal()).isPositive();
    assertThat(r.localTotal() + r.digitalTotal()).isEqualTo(r.total());
    List<GroupHit> local = r.hits().subList(0, r.localTotal().intValue());
    assertThat(local).allSatisfy(h -> assertThat(h.kommunenummer()).isEqualTo("4602"));
    assertThat(local).allSatisfy(h -> assertThat(h.format()).isNotEqualTo("digital"));
    assertThat(r.hits().subList(r.localTotal().intValue(), r.hits().size()))
        .allSatisfy(h -> assertThat(h.section()).isEqualTo(GroupHit.DIGITAL));
    assertLocalThenDigital(r);
  }

  @Test
  void depressionInKinnPutsKinnsOwnGroupFirst() {
    SearchResult r = search("q", "depresjon", "kommune", "4602");
    assertThat(r.hits().get(0).title()).isEqualTo("Sjølvhjelpsgruppe for depresjon i Kinn");
    assertLocalThenDigital(r);
  }

  @Test
  void finnmarkListsItsOwnGroupsFirst() {
    SearchResult r = search("fylke", "56", "size", "100");
    assertThat(r.localTotal()).isPositive();
    List<GroupHit> local = r.hits().subList(0, r.localTotal().intValue());
    assertThat(local)
        .allSatisfy(
            h ->
                assertThat(engine.referenceData().fylkeOf(h.kommunenummer()).orElseThrow().nummer())
                    .isEqualTo("56"));
    assertLocalThenDigital(r);
  }

  @Test
  void everySortKeepsTheLocalSectionFirst() {
    for (String sort : List.of("relevance", "title", "distance")) {
      assertLocalThenDigital(search("postnummer", "6900", "sort", sort, "size", "100"));
      if (!sort.equals("distance")) {
        assertLocalThenDigital(search("q", "angst", "fylke", "46", "sort", sort, "size", "100"));
      }
    }
  }

  /**
   * {@code q=pårørende&postnummer=6900} (Florø): the demo has no pårørende group within 50 km of
   * Florø, so no group is local; the digital groups whose reach covers Kinn come first, on the
   * first page, and the groups that meet farther away follow, the nearest good matches first:
   * Bergen's (127 km) before Oslo (358 km) and Bodø (773 km), which led the list when distance was
   * ignored.
   */
  @Test
  void wordsAndAPostnummerRankTheNearestGoodMatchesFirst() {
    SearchResult r = search("q", "pårørende", "postnummer", "6900", "size", "40");
    assertThat(r.localTotal()).isZero();
    assertThat(r.digitalTotal()).isPositive().isLessThan(10);
    List<GroupHit> farther =
        r.hits().stream().filter(h -> h.section().equals(GroupHit.FARTHER)).toList();
    List<String> kommuner = farther.stream().map(GroupHit::kommune).toList();
    assertThat(kommuner.get(0)).isEqualTo("Bergen");
    assertThat(farther.get(0).distanceKm()).isLessThan(140);
    int lastBergenTitleMatch = -1;
    for (int i = 0; i < farther.size(); i++) {
      GroupHit h = farther.get(i);
      if (h.kommune().equals("Bergen") && h.title().toLowerCase().contains("pårørende")) {
        lastBergenTitleMatch = i;
      }
    }
    assertThat(lastBergenTitleMatch).isLessThan(kommuner.indexOf("Oslo"));
    assertThat(kommuner.indexOf("Oslo")).isPositive().isLessThan(kommuner.indexOf("Bodø"));
  }

  /**
   * The walk's defect: from Florø with no radius, Vadsø (1,449 km) counted as "local" and the two
   * digital groups a visitor in Florø could join were on page 2. Now only groups within {@link
   * GroupQuery#NEARBY_KM} are local, the digital ones follow on page 1, and every group that meets
   * farther away comes after them, in its own section, counted as such.
   */
  @Test
  void aPostnummerWithoutRadiusPutsFarAwayGroupsAfterTheDigitalOnes() {
    SearchResult r = search("postnummer", "6900", "size", "100");
    assertThat(r.localTotal() + r.digitalTotal() + r.fartherTotal()).isEqualTo(r.total());
    assertThat(r.localTotal()).isPositive();
    assertThat(r.fartherTotal()).isPositive();
    List<GroupHit> all = new ArrayList<>();
    for (int page = 1; all.size() < r.total(); page++) {
      all.addAll(search("postnummer", "6900", "size", "100", "page", "" + page).hits());
    }
    assertLocalThenDigital(new SearchResult(r.total(), 1, all.size(), all, r.facets()));
    for (GroupHit h : all) {
      switch (h.section()) {
        case GroupHit.LOCAL -> assertThat(h.distanceKm()).isLessThanOrEqualTo(GroupQuery.NEARBY_KM);
        case GroupHit.FARTHER -> assertThat(h.distanceKm()).isGreaterThan(GroupQuery.NEARBY_KM);
        default -> assertThat(h.format()).isEqualTo("digital");
      }
    }
    assertThat(all.stream().filter(h -> h.section().equals(GroupHit.FARTHER)).count())
        .isEqualTo(r.fartherTotal());
    SearchResult firstPage = search("q", "pårørende", "postnummer", "6900");
    assertThat(firstPage.hits().subList(0, firstPage.digitalTotal().intValue()))
        .allSatisfy(h -> assertThat(h.section()).isEqualTo(GroupHit.DIGITAL));
  }

  @Test
  void aRadiusAKommuneOrAFylkeLeavesNoGroupFartherAway() {
    for (SearchResult r :
        List.of(
            search("postnummer", "6900", "radiusKm", "200", "size", "100"),
            search("kommune", "4602", "postnummer", "6900"),
            search("fylke", "46"))) {
      assertThat(r.fartherTotal()).isZero();
      assertThat(r.localTotal() + r.digitalTotal()).isEqualTo(r.total());
      assertThat(r.hits()).noneSatisfy(h -> assertThat(h.section()).isEqualTo(GroupHit.FARTHER));
    }
  }

  @Test
  void aGoodMatchNearbyBeatsAnEquallyGoodOneFarAway() {
    // The same title in Bergen, Molde, Oslo and Bodø: nearest first, once the place is given.
    SearchResult r =
        search("q", "pårørende til personer med demens", "postnummer", "6900", "size", "20");
    List<String> demens =
        r.hits().stream()
            .filter(h -> h.title().equals("Samtalegruppe for pårørende til personer med demens"))
            .map(GroupHit::kommune)
            .toList();
    assertThat(demens).containsSubsequence("Bergen", "Molde", "Oslo", "Bodø");
  }

  @Test
  void placeFacetsCountOnlyGroupsThatMeetThere() {
    SearchResult r = search("kommune", "4602", "theme", "depresjon");
    long kinn =
        r.facets().get("kommune").stream()
            .filter(v -> v.value().equals("4602"))
            .mapToLong(FacetValue::count)
            .sum();
    assertThat(kinn).isEqualTo(r.localTotal());
    long digital =
        r.facets().get("format").stream()
            .filter(v -> v.value().equals("digital"))
            .mapToLong(FacetValue::count)
            .sum();
    assertThat(digital).isEqualTo(r.digitalTotal());
    SearchResult all = search("theme", "depresjon");
    long inKommuner = all.facets().get("kommune").stream().mapToLong(FacetValue::count).sum();
    long digitalAll =
        all.facets().get("format").stream()
            .filter(v -> v.value().equals("digital"))
            .mapToLong(FacetValue::count)
            .sum();
    assertThat(inKommuner + digitalAll).isEqualTo(all.total());
  }

  /**
   * Drill sideways, counted in the same pass as the page: each value of a filtered dimension counts
   * what choosing it instead would give (a theme: that search's total; a kommune or fylke: the
   * groups that meet there), and an unfiltered dimension counts the matches.
   */
  @Test
  void everyFacetCountIsWhatChoosingThatValueGives() {
    String[] base = {"q", "angst", "fylke", "46", "theme", "angst", "format", "physical"};
    SearchResult r = search(base);
    assertThat(r.facets().get("theme")).hasSizeGreaterThan(1);
    for (FacetValue theme : r.facets().get("theme")) {
      SearchResult chosen =
          search("q", "angst", "fylke", "46", "theme", theme.value(), "format", "physical");
      assertThat(theme.count()).as(theme.value()).isEqualTo(chosen.total());
    }
    for (FacetValue fylke : r.facets().get("fylke")) {
      SearchResult chosen =
          search("q", "angst", "fylke", fylke.value(), "theme", "angst", "format", "physical");
      assertThat(fylke.count()).as(fylke.value()).isEqualTo(chosen.localTotal());
    }
    for (FacetValue format : r.facets().get("format")) {
      SearchResult chosen =
          search("q", "angst", "fylke", "46", "theme", "angst", "format", format.value());
      assertThat(format.count()).as(format.value()).isEqualTo(chosen.total());
    }
    long languages =
        r.facets().get("language").stream().mapToLong(FacetValue::count).max().orElseThrow();
    assertThat(languages).isLessThanOrEqualTo(r.total());
    long inKommuner = r.facets().get("kommune").stream().mapToLong(FacetValue::count).sum();
    assertThat(inKommuner).isEqualTo(r.localTotal());
  }

  @Test
  void withoutAPlaceThereAreNoSections() {
    SearchResult r = search("q", "sorg");
    assertThat(r.localTotal()).isNull();
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.section()).isNull());
  }
}
