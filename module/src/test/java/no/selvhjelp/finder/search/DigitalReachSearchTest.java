package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.SearchParameters;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A digital group passes a place filter only where its reach covers the place; a group that
 * continues a course can be filtered on. Queries go through the public parameter parsing, so a
 * postnummer or point is turned into the kommune a reach must cover exactly as the API does it.
 */
class DigitalReachSearchTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static SearchParameters parameters;

  private static final String CONTENT =
      """
      {"contactPoints":[
        {"id":"lms-unn","name":"Lærings- og mestringssenteret UNN","type":"lms-sykehus",
         "kommuner":["5501"]},
        {"id":"frisklivs-bergen","name":"Frisklivssentralen i Bergen","type":"frisklivssentral",
         "kommuner":["4601"]}],
       "groups":[
        {"id":"sorg-tromso","title":"Sorggruppe i Tromsø","themes":["sorg"],"languages":["nb"],
         "format":"physical","kommunenummer":"5501","address":"Storgata 1","postnummer":"9008",
         "status":"open"},
        {"id":"sorg-bergen","title":"Sorggruppe i Bergen","themes":["sorg"],"languages":["nb"],
         "format":"physical","kommunenummer":"4601","address":"Strandgaten 1","postnummer":"5003",
         "status":"open"},
        {"id":"nord-norge-digital","title":"Digital sorggruppe for Nord-Norge","themes":["sorg"],
         "languages":["nb"],"format":"digital","kommunenummer":"1804","status":"open",
         "reachFylker":["18","55","56"]},
        {"id":"national-digital","title":"Digital sorggruppe for hele landet","themes":["sorg"],
         "languages":["nb"],"format":"digital","kommunenummer":"0301","status":"open",
         "reachFylker":[],"reachKommuner":[]},
        {"id":"legacy-digital","title":"Digital gruppe uten rekkevidde","themes":["sorg"],
         "languages":["nb"],"format":"digital","kommunenummer":"0301","status":"open"},
        {"id":"vestland-digital","title":"Digital gruppe for Vestland","themes":["sorg"],
         "languages":["nn"],"format":"digital","kommunenummer":"4601","status":"open",
         "reachFylker":["46"]},
        {"id":"kinn-digital","title":"Digital gruppe for Kinn","themes":["sorg"],
         "languages":["nn"],"format":"digital","kommunenummer":"4601","status":"open",
         "reachKommuner":["4602"]},
        {"id":"kid-tromso","title":"Samtalegruppe etter KiD-kurset","themes":["depresjon"],
         "languages":["nb"],"format":"physical","kommunenummer":"5501","address":"Storgata 2",
         "postnummer":"9008","status":"open","continuesCourse":"Kurs i depresjonsmestring (KiD)",
         "courseContactPointId":"lms-unn"},
        {"id":"friskliv-bergen","title":"Gruppe etter frisklivskurset","themes":["livsmestring"],
         "languages":["nb"],"format":"hybrid","kommunenummer":"4601","address":"Strandgaten 2",
         "postnummer":"5003","status":"open","continuesCourse":"Bra mat for bedre helse",
         "courseContactPointId":"frisklivs-bergen"},
        {"id":"kurs-uten-senter","title":"Gruppe etter et kurs","themes":["angst"],
         "languages":["nb"],"format":"digital","kommunenummer":"0301","status":"open",
         "continuesCourse":"Kurs i mestring av angst"}]}
      """;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    JsonNode body = engine.json().readTree(CONTENT);
    engine.imports().importJson(body);
    engine.syncIndex();
    parameters = new SearchParameters(engine.referenceData());
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void aNordNorgeDigitalGroupShowsForTromsoAndNotForBergen() {
    assertThat(ids(Map.of("kommune", "5501"))).contains("sorg-tromso", "nord-norge-digital");
    assertThat(ids(Map.of("kommune", "4601")))
        .contains("sorg-bergen")
        .doesNotContain("nord-norge-digital");
  }

  @Test
  void aNationalDigitalGroupAndOneWithoutReachShowEverywhere() {
    for (String kommune : List.of("5501", "4601", "4602", "0301", "5601", "3403")) {
      assertThat(ids(Map.of("kommune", kommune)))
          .as("kommune %s", kommune)
          .contains("national-digital", "legacy-digital");
    }
    for (String fylke : List.of("03", "18", "46", "56")) {
      assertThat(ids(Map.of("fylke", fylke)))
          .as("fylke %s", fylke)
          .contains("national-digital", "legacy-digital");
    }
    assertThat(ids(Map.of("postnummer", "9990"))).contains("national-digital", "legacy-digital");
  }

  @Test
  void aFylkeInTheReachCoversEachOfItsKommuner() {
    assertThat(ids(Map.of("kommune", "5601"))).contains("nord-norge-digital"); // Alta, Finnmark
    assertThat(ids(Map.of("kommune", "1804"))).contains("nord-norge-digital"); // Bodø, Nordland
    assertThat(ids(Map.of("kommune", "4602")))
        .contains("vestland-digital")
        .doesNotContain("nord-norge-digital");
  }

  @Test
  void aKommuneReachCoversThatKommuneOnlyNotTheKommuneTheGroupIsRunFrom() {
    assertThat(ids(Map.of("kommune", "4602"))).contains("kinn-digital");
    assertThat(ids(Map.of("kommune", "4601"))).doesNotContain("kinn-digital");
    assertThat(ids(Map.of("kommune", "4621"))).doesNotContain("kinn-digital"); // Voss, Vestland
  }

  @Test
  void aFylkeFilterShowsGroupsReachingTheFylkeOrOneOfItsKommuner() {
    assertThat(ids(Map.of("fylke", "55")))
        .contains("sorg-tromso", "nord-norge-digital")
        .doesNotContain("vestland-digital", "kinn-digital");
    assertThat(ids(Map.of("fylke", "46")))
        .contains("vestland-digital", "kinn-digital")
        .doesNotContain("nord-norge-digital");
  }

  @Test
  void aPostnummerIsCoveredWhereItsKommuneIsWithOrWithoutARadius() {
    assertThat(ids(Map.of("postnummer", "9008"))).contains("nord-norge-digital");
    assertThat(ids(Map.of("postnummer", "5003")))
        .contains("sorg-bergen", "sorg-tromso", "vestland-digital")
        .doesNotContain("nord-norge-digital", "kinn-digital");
    assertThat(ids(Map.of("postnummer", "5003", "radiusKm", "50")))
        .contains("sorg-bergen", "vestland-digital", "national-digital")
        .doesNotContain("sorg-tromso", "nord-norge-digital");
    assertThat(ids(Map.of("postnummer", "6900"))).contains("kinn-digital"); // Florø, Kinn
  }

  @Test
  void aPointIsCoveredWhereTheKommuneOfItsNearestPostnummerIs() {
    assertThat(ids(Map.of("near", "69.65,18.96", "radiusKm", "30")))
        .contains("sorg-tromso", "nord-norge-digital")
        .doesNotContain("vestland-digital");
    assertThat(ids(Map.of("near", "60.39,5.32")))
        .contains("vestland-digital")
        .doesNotContain("nord-norge-digital");
  }

  @Test
  void afterCourseKeepsOnlyGroupsThatContinueACourse() {
    assertThat(ids(Map.of("afterCourse", "true")))
        .containsExactlyInAnyOrder("kid-tromso", "friskliv-bergen", "kurs-uten-senter");
    assertThat(ids(Map.of("afterCourse", "true", "kommune", "5501")))
        .containsExactlyInAnyOrder("kid-tromso", "kurs-uten-senter");
  }

  @Test
  void courseByKeepsTheGroupsAfterTheNamedContactPointsCourses() {
    assertThat(ids(Map.of("courseBy", "lms-unn"))).containsExactly("kid-tromso");
    assertThat(ids(Map.of("courseBy", "lms-unn,frisklivs-bergen")))
        .containsExactlyInAnyOrder("kid-tromso", "friskliv-bergen");
  }

  @Test
  void aHitNamesTheCourseAndWhoRunsIt() {
    GroupHit hit = search(Map.of("courseBy", "lms-unn")).hits().get(0);
    assertThat(hit.continuesCourse()).isEqualTo("Kurs i depresjonsmestring (KiD)");
    assertThat(hit.courseContactPointId()).isEqualTo("lms-unn");
    GroupHit plain = search(Map.of("kommune", "4601", "format", "physical")).hits().get(0);
    assertThat(plain.continuesCourse()).isNull();
  }

  private static List<String> ids(Map<String, String> params) {
    return search(params).hits().stream().map(GroupHit::id).toList();
  }

  private static SearchResult search(Map<String, String> params) {
    MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
    params.forEach(map::add);
    map.add("size", "100");
    return engine.search().search(parameters.parse(map));
  }
}
