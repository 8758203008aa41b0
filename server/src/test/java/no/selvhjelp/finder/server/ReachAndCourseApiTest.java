package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.hsds.HsdsIds;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A digital group's reach and a group's course over real HTTP: import (all or nothing), search
 * filters, the read API, the CSV round trip and the HSDS export.
 */
class ReachAndCourseApiTest {
  private ApiServer api;
  private EditorClient editor;

  static final ContactPoint LMS =
      new ContactPoint(
          "lms-unn",
          "Lærings- og mestringssenteret UNN",
          "lms-sykehus",
          List.of("5501"),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  static Group north() {
    return Fixtures.group("nord-digital", "Digital sorggruppe", "1804", "digital", List.of("sorg"))
        .withReach(List.of("18", "55", "56"), List.of());
  }

  static Group kid() {
    return Fixtures.group(
            "kid-tromso", "Gruppe etter KiD", "5501", "physical", List.of("depresjon"))
        .withCourse("Kurs i depresjonsmestring (KiD)", "lms-unn");
  }

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
    ApiServer.Reply r =
        api.importJson(
            Map.of(
                "contactPoints", List.of(LMS),
                "groups",
                    List.of(
                        north(),
                        kid(),
                        Fixtures.group(
                            "landet-digital",
                            "Digital gruppe",
                            "0301",
                            "digital",
                            List.of("sorg")))));
    assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anImportWithOneBadReachIsA400AndStoresNothing() {
    Group good =
        Fixtures.group("ny-vestland", "Ny gruppe", "4601", "digital", List.of("sorg"))
            .withReach(List.of("46"), List.of());
    Group bad =
        Fixtures.group("ny-feil", "Feil rekkevidde", "4601", "digital", List.of("sorg"))
            .withReach(List.of("46"), List.of("9999"));
    ApiServer.Reply r = api.importJson(Map.of("groups", List.of(good, bad)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/index").asInt()).isEqualTo(1);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("reachKommuner[0]");
    assertThat(r.body().at("/details/0/message").asText())
        .contains("'9999' is not a kommunenummer");
    assertThat(api.get("/api/v1/groups/ny-vestland").status()).isEqualTo(404);
  }

  @Test
  void theEditorialPutRefusesAReachOnAGroupThatMeetsInPerson() {
    Group physical =
        Fixtures.group("fysisk", "Fysisk gruppe", "4601", "physical", List.of("sorg"))
            .withReach(List.of("46"), List.of());
    ApiServer.Reply r =
        editor.json(
            "PUT", "/api/v1/groups/fysisk", api.engine.json().valueToTree(physical), "Kari");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("reachFylker");
    assertThat(r.body().at("/details/0/message").asText()).contains("only a digital group");
    assertThat(api.get("/api/v1/groups/fysisk").status()).isEqualTo(404);
  }

  @Test
  void anUnknownCourseContactPointIsA400NamingItWithTheOtherProblemsOfTheImport() {
    Group bad = kid().withCourse("KiD", "no-such-lms");
    com.fasterxml.jackson.databind.node.ObjectNode body = api.engine.json().valueToTree(bad);
    body.put("contactPointId", "no-such-point");
    ApiServer.Reply r = api.importJson(Map.of("groups", List.of(body)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("details").findValuesAsText("field"))
        .containsExactlyInAnyOrder("contactPointId", "courseContactPointId");
    assertThat(r.body().toString()).contains("no contact point has the id 'no-such-lms'");
    assertThat(api.get("/api/v1/groups/kid-tromso").body().get("continuesCourse").asText())
        .isEqualTo("Kurs i depresjonsmestring (KiD)");
  }

  @Test
  void anUnknownCourseContactPointIsRefusedByPutAndPatch() {
    Group bad = kid().withCourse("KiD", "no-such-lms");
    ApiServer.Reply put =
        editor.json("PUT", "/api/v1/groups/kid-tromso", api.engine.json().valueToTree(bad), "Kari");
    assertThat(put.status()).isEqualTo(400);
    assertThat(put.body().at("/details/0/field").asText()).isEqualTo("courseContactPointId");
    EditorClient.Text patch =
        editor.call(
            "PATCH",
            "/api/v1/groups/kid-tromso",
            "{\"courseContactPointId\":\"no-such-lms\"}",
            "application/merge-patch+json",
            ApiServer.TOKEN,
            "Kari");
    assertThat(patch.status()).isEqualTo(400);
    assertThat(editor.tree(patch.body()).at("/details/0/message").asText())
        .isEqualTo("no contact point has the id 'no-such-lms'");
    assertThat(api.get("/api/v1/groups/kid-tromso").body().get("courseContactPointId").asText())
        .isEqualTo("lms-unn");
  }

  @Test
  void aCsvImportWithAnUnknownCourseContactPointStoresNothing() {
    String csv = editor.exportCsv("groups").replace("lms-unn", "lms-ukjent");
    EditorClient.Text imported = editor.importCsv("groups", csv);
    assertThat(imported.status()).isEqualTo(400);
    assertThat(imported.body())
        .contains("courseContactPointId", "no contact point has the id 'lms-ukjent'");
    assertThat(api.get("/api/v1/groups/kid-tromso").body().get("courseContactPointId").asText())
        .isEqualTo("lms-unn");
  }

  @Test
  void theGroupApiShowsReachAndCourse() {
    JsonNode g = api.get("/api/v1/groups/nord-digital").body();
    assertThat(g.get("reachFylker")).extracting(JsonNode::asText).containsExactly("18", "55", "56");
    JsonNode k = api.get("/api/v1/groups/kid-tromso").body();
    assertThat(k.get("continuesCourse").asText()).isEqualTo("Kurs i depresjonsmestring (KiD)");
    assertThat(k.get("courseContactPointId").asText()).isEqualTo("lms-unn");
    // A group that meets in one place has no reach: no empty lists, as no other empty field.
    assertThat(k.has("reachFylker")).isFalse();
    assertThat(k.has("reachKommuner")).isFalse();
    assertThat(g.has("reachKommuner")).isFalse();
  }

  @Test
  void searchHonoursReachAndTheCourseFilters() {
    assertThat(ids("/api/v1/groups?kommune=5501")).contains("nord-digital", "landet-digital");
    assertThat(ids("/api/v1/groups?kommune=4601"))
        .contains("landet-digital")
        .doesNotContain("nord-digital");
    assertThat(ids("/api/v1/groups?afterCourse=true")).containsExactly("kid-tromso");
    assertThat(ids("/api/v1/groups?courseBy=lms-unn")).containsExactly("kid-tromso");
    JsonNode hit = api.get("/api/v1/groups?afterCourse=true").body().at("/hits/0");
    assertThat(hit.get("continuesCourse").asText()).isEqualTo("Kurs i depresjonsmestring (KiD)");
    assertThat(hit.get("courseContactPointId").asText()).isEqualTo("lms-unn");
  }

  @Test
  void badCourseParametersAreA400NamingTheParameter() {
    ApiServer.Reply r = api.get("/api/v1/groups?afterCourse=kanskje");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("afterCourse");
    ApiServer.Reply s = api.get("/api/v1/groups?courseBy=Ikke%20en%20id");
    assertThat(s.status()).isEqualTo(400);
    assertThat(s.body().at("/details/0/field").asText()).isEqualTo("courseBy");
  }

  @Test
  void reachAndCourseSurviveACsvExportAndImport() {
    String csv = editor.exportCsv("groups");
    assertThat(csv).contains("reachFylker", "18|55|56", "Kurs i depresjonsmestring (KiD)");
    assertThat(api.delete("/api/v1/groups/nord-digital", ApiServer.TOKEN).status()).isEqualTo(204);
    assertThat(api.delete("/api/v1/groups/kid-tromso", ApiServer.TOKEN).status()).isEqualTo(204);
    EditorClient.Text imported = editor.importCsv("groups", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/groups/nord-digital").body().get("reachFylker"))
        .extracting(JsonNode::asText)
        .containsExactly("18", "55", "56");
    assertThat(api.get("/api/v1/groups/kid-tromso").body().get("courseContactPointId").asText())
        .isEqualTo("lms-unn");
  }

  @Test
  void aCsvImportWithOneBadReachStoresNothing() {
    String csv = editor.exportCsv("groups").replace("18|55|56", "18|55|99");
    csv = csv.replace("Digital gruppe,", "Endret digital gruppe,");
    EditorClient.Text imported = editor.importCsv("groups", csv);
    assertThat(imported.status()).isEqualTo(400);
    assertThat(imported.body()).contains("reachFylker[2]", "'99' is not a fylkesnummer");
    assertThat(api.get("/api/v1/groups/landet-digital").body().get("title").asText())
        .isEqualTo("Digital gruppe");
  }

  @Test
  void hsdsShowsReachAsServiceAreasAndTheCourseInTheApplicationProcess() {
    JsonNode north =
        api.get("/api/hsds/v3/services/" + HsdsIds.of("service", "nord-digital")).body();
    List<String> areas = new ArrayList<>();
    north.get("service_areas").forEach(a -> areas.add(a.get("name").asText()));
    assertThat(areas).containsExactly("Nordland", "Troms", "Finnmark");
    assertThat(north.at("/service_areas/0/extent_type").asText()).isEqualTo("text");

    JsonNode national =
        api.get("/api/hsds/v3/services/" + HsdsIds.of("service", "landet-digital")).body();
    assertThat(national.at("/service_areas/0/name").asText()).isEqualTo("Hele Norge");

    JsonNode kid = api.get("/api/hsds/v3/services/" + HsdsIds.of("service", "kid-tromso")).body();
    assertThat(kid.has("service_areas")).isFalse();
    assertThat(kid.get("application_process").asText())
        .isEqualTo(
            "Gruppen starter etter kurset «Kurs i depresjonsmestring (KiD)» hos Lærings- og"
                + " mestringssenteret UNN, for deg som har gått kurset.");
  }

  private List<String> ids(String path) {
    ApiServer.Reply r = api.get(path);
    assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.body().get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
