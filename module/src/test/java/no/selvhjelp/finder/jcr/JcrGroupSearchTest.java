package no.selvhjelp.finder.jcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JCR-SQL2 reference search over a small fixed set, in a real (in-memory) Jackrabbit. */
class JcrGroupSearchTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).initialise();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    group(
                        "sorg-oslo",
                        "Sorggruppe for etterlatte",
                        "0301",
                        "physical",
                        "open",
                        List.of("sorg"),
                        List.of("nb")),
                    group(
                        "angst-oslo",
                        "Angst og uro",
                        "0301",
                        "digital",
                        "open",
                        List.of("angst"),
                        List.of("nb", "en")),
                    group(
                        "angst-bergen",
                        "Angstgruppe Bergen",
                        "4601",
                        "physical",
                        "full",
                        List.of("angst", "depresjon"),
                        List.of("nb")),
                    group(
                        "sorg-kinn",
                        "Sorggruppe i Florø",
                        "4602",
                        "hybrid",
                        "starting",
                        List.of("sorg"),
                        List.of("nn")),
                    group(
                        "rus-tromso",
                        "Pårørende til rusavhengige",
                        "5501",
                        "physical",
                        "open",
                        List.of("rus", "parorende"),
                        List.of("nb")),
                    draft("draft-oslo", "Sorggruppe kladd", "0301"))));
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void textFindsGroupsByTitleWords() {
    assertThat(ids(search(q("etterlatte")))).containsExactly("sorg-oslo");
  }

  @Test
  void unpublishedGroupsNeverAppear() {
    assertThat(ids(search(GroupQuery.all(100)))).doesNotContain("draft-oslo").hasSize(5);
  }

  @Test
  void repeatedFilterValuesAreOrAndDifferentFiltersAreAnd() {
    GroupQuery q =
        with(GroupQuery.all(20), List.of("0301", "4601"), List.of(), List.of("angst"), List.of());
    assertThat(ids(search(q))).containsExactlyInAnyOrder("angst-oslo", "angst-bergen");
  }

  @Test
  void fylkeFilterCoversItsKommuner() {
    GroupQuery q = with(GroupQuery.all(20), List.of(), List.of("46"), List.of(), List.of());
    assertThat(ids(search(q))).containsExactlyInAnyOrder("angst-bergen", "sorg-kinn");
  }

  @Test
  void languageFormatAndStatusFilter() {
    GroupQuery base = GroupQuery.all(20);
    GroupQuery q =
        new GroupQuery(
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of("en"),
            List.of("digital"),
            List.of("open"),
            null,
            null,
            GroupQuery.Sort.RELEVANCE,
            1,
            20,
            "nb");
    assertThat(ids(search(q))).containsExactly("angst-oslo");
    assertThat(base.page()).isEqualTo(1);
  }

  @Test
  void pagingKeepsTheTotal() {
    GroupQuery q =
        new GroupQuery(
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            GroupQuery.Sort.TITLE,
            2,
            2,
            "nb");
    SearchResult r = search(q);
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.hits()).hasSize(2);
    assertThat(r.page()).isEqualTo(2);
  }

  @Test
  void facetsCountEveryMatch() {
    SearchResult r = search(GroupQuery.all(1));
    assertThat(r.facets().get("theme"))
        .contains(new FacetValue("angst", 2), new FacetValue("sorg", 2));
    assertThat(r.facets().get("fylke")).contains(new FacetValue("03", 2), new FacetValue("46", 2));
    assertThat(r.facets().get("format")).contains(new FacetValue("physical", 3));
  }

  @Test
  void nearWithRadiusFiltersAndSortsByDistance() {
    GeoPoint bergen = new GeoPoint(60.39, 5.32);
    GroupQuery q =
        new GroupQuery(
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            bergen,
            200.0,
            GroupQuery.Sort.DISTANCE,
            1,
            20,
            "nb");
    SearchResult r = search(q);
    assertThat(ids(r)).containsExactly("angst-bergen", "sorg-kinn");
    assertThat(r.hits().get(0).distanceKm()).isLessThan(r.hits().get(1).distanceKm());
  }

  @Test
  void hitsCarryKommuneNames() {
    assertThat(search(q("Florø")).hits()).extracting(GroupHit::kommune).containsExactly("Kinn");
  }

  @Test
  void querySyntaxInUserTextIsJustText() {
    for (String hostile :
        List.of("\"", "sorg OR angst", "*", "a:b", "((", "-", "' OR 1=1 --", "\\", "]", "$text")) {
      assertThat(search(q(hostile)).total()).as(hostile).isGreaterThanOrEqualTo(0);
    }
    assertThat(search(q("sorg OR angst")).total()).isZero(); // all words must match; OR is a word
  }

  private static SearchResult search(GroupQuery q) {
    return engine.baselineSearch().search(q);
  }

  private static GroupQuery q(String text) {
    return GroupQuery.text(text, 20);
  }

  private static GroupQuery with(
      GroupQuery q,
      List<String> kommuner,
      List<String> fylker,
      List<String> themes,
      List<String> languages) {
    return new GroupQuery(
        q.text(),
        kommuner,
        fylker,
        themes,
        languages,
        q.formats(),
        q.statuses(),
        q.near(),
        q.radiusKm(),
        q.sort(),
        q.page(),
        q.size(),
        q.lang());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(GroupHit::id).toList();
  }

  private static Group group(
      String id,
      String title,
      String kommune,
      String format,
      String status,
      List<String> themes,
      List<String> langs) {
    return new Group(
        id, title, null, null, themes, langs, format, kommune, null, null, null, null, null, status,
        null, null, null, null, null, null);
  }

  private static Group draft(String id, String title, String kommune) {
    return group(id, title, kommune, "physical", "open", List.of("sorg"), List.of("nb"))
        .withPublished(false);
  }
}
