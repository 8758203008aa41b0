package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The editorial API over real HTTP: item writes, admin reads, publish, history, freshness. */
class EditorialApiTest {
  private ApiServer api;
  private EditorClient editor;

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
    assertThat(
            api.importJson(
                    Map.of(
                        "districtOffices", List.of(Fixtures.office()),
                        "contactPoints", List.of(Fixtures.contactPoint()),
                        "groups", List.of(Fixtures.fullGroup())))
                .status())
        .isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private ObjectNode group(String id) {
    return (ObjectNode) editor.get("/api/v1/admin/groups/" + id).body();
  }

  @Test
  void putCreatesWith201ThenReplacesWith200AndTheGroupIsSearchable() {
    ObjectNode body =
        api.engine
            .json()
            .valueToTree(Fixtures.group("ny-gruppe", "Ny samtalegruppe", "0301", "digital", null));
    body.putArray("themes").add("ensomhet");
    body.remove("id"); // the path names it

    ApiServer.Reply created = editor.json("PUT", "/api/v1/groups/ny-gruppe", body, "Kari");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/groups/ny-gruppe");
    assertThat(created.body().get("id").asText()).isEqualTo("ny-gruppe");
    assertThat(created.body().get("published").asBoolean()).isTrue();
    assertThat(created.body().has("lat")).as("coordinates derived from the kommune").isTrue();
    assertThat(api.get("/api/v1/groups?q=samtalegruppe").body().get("hits"))
        .extracting(h -> h.get("id").asText())
        .contains("ny-gruppe");

    body.put("title", "Omdøypt gruppe");
    ApiServer.Reply replaced = editor.json("PUT", "/api/v1/groups/ny-gruppe", body, "Kari");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/groups/ny-gruppe").body().get("title").asText())
        .isEqualTo("Omdøypt gruppe");
  }

  @Test
  void putOfContactPointsAndDistrictOfficesReplacesThem() {
    ObjectNode point = api.engine.json().valueToTree(Fixtures.contactPoint());
    point.put("name", "Frivilligsentralen i Florø");
    assertThat(
            editor
                .json("PUT", "/api/v1/contact-points/frivilligsentralen-kinn", point, null)
                .status())
        .isEqualTo(200);
    assertThat(
            api.get("/api/v1/contact-points/frivilligsentralen-kinn").body().get("name").asText())
        .isEqualTo("Frivilligsentralen i Florø");

    ObjectNode office = api.engine.json().valueToTree(Fixtures.office());
    office.put("id", "nord");
    ApiServer.Reply created = editor.json("PUT", "/api/v1/district-offices/nord", office, null);
    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/district-offices/nord").status()).isEqualTo(200);
  }

  @Test
  void putWithInvalidContentAnswers400WithDetailsAndStoresNothing() {
    ObjectNode body = group("sorggruppe-kinn");
    body.put("format", "telepati");
    body.put("kommunenummer", "9999");
    ApiServer.Reply r = editor.json("PUT", "/api/v1/groups/sorggruppe-kinn", body, null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("error").asText()).isNotBlank();
    assertThat(r.body().get("details"))
        .extracting(d -> d.get("field").asText())
        .contains("format", "kommunenummer");
    assertThat(group("sorggruppe-kinn").get("format").asText()).isEqualTo("hybrid");
  }

  @Test
  void putWithAnIdInTheBodyThatIsNotThePathsAnswers400() {
    ObjectNode body = group("sorggruppe-kinn");
    ApiServer.Reply r = editor.json("PUT", "/api/v1/groups/ein-annan", body, null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("id");
    assertThat(editor.get("/api/v1/admin/groups/ein-annan").status()).isEqualTo(404);
  }

  @Test
  void putOfSomethingThatIsNotJsonAnswers400() {
    EditorClient.Text r =
        editor.call(
            "PUT", "/api/v1/groups/x", "{\"title\":", "application/json", ApiServer.TOKEN, null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("not valid JSON");
  }

  @Test
  void deleteAnswers204Then404AndALinkedContactPointAnswers409WithTheLinkingGroups() {
    ApiServer.Reply linked =
        editor.json("DELETE", "/api/v1/contact-points/frivilligsentralen-kinn", null, null);
    assertThat(linked.status()).isEqualTo(409);
    assertThat(linked.body().get("details"))
        .extracting(d -> d.get("message").asText())
        .containsExactly("sorggruppe-kinn");
    assertThat(linked.body().at("/details/0/section").asText()).isEqualTo("groups");

    assertThat(editor.json("DELETE", "/api/v1/groups/sorggruppe-kinn", null, null).status())
        .isEqualTo(204);
    assertThat(
            editor
                .json("DELETE", "/api/v1/contact-points/frivilligsentralen-kinn", null, null)
                .status())
        .isEqualTo(204);
    assertThat(editor.json("DELETE", "/api/v1/district-offices/vest", null, null).status())
        .isEqualTo(204);
    assertThat(editor.json("DELETE", "/api/v1/district-offices/vest", null, null).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/district-offices/vest").status()).isEqualTo(404);
  }

  @Test
  void unknownTypesAndItemsAnswer404() {
    assertThat(editor.get("/api/v1/admin/meetings/sorggruppe-kinn").status()).isEqualTo(404);
    assertThat(editor.post("/api/v1/admin/meetings/sorggruppe-kinn/publish").status())
        .isEqualTo(404);
    assertThat(editor.get("/api/v1/admin/groups/finst-ikkje").status()).isEqualTo(404);
    assertThat(editor.get("/api/v1/admin/groups/finst-ikkje/history").status()).isEqualTo(404);
    ApiServer.Reply csv = editor.get("/api/v1/admin/export.csv?type=meetings");
    assertThat(csv.status()).isEqualTo(400);
    assertThat(csv.body().at("/details/0/field").asText()).isEqualTo("type");
  }

  @Test
  void unpublishedGroupsLeavePublicReadsAndSearchWithinOneSecondAndComeBack() {
    assertThat(api.get("/api/v1/groups?q=etterlatne").body().get("total").asInt()).isOne();

    ApiServer.Reply r =
        editor.json("POST", "/api/v1/admin/groups/sorggruppe-kinn/unpublish", null, "Kari");
    long answered = System.nanoTime();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("published").asBoolean()).isFalse();
    waitUntil(
        answered,
        1_000,
        () ->
            api.get("/api/v1/groups?q=etterlatne").body().get("total").asInt() == 0
                && api.get("/api/v1/groups/sorggruppe-kinn").status() == 404);
    assertThat(group("sorggruppe-kinn").get("published").asBoolean())
        .as("editors still read it")
        .isFalse();

    assertThat(editor.post("/api/v1/admin/groups/sorggruppe-kinn/publish").status()).isEqualTo(200);
    waitUntil(
        System.nanoTime(),
        1_000,
        () -> api.get("/api/v1/groups?q=etterlatne").body().get("total").asInt() == 1);
    assertThat(api.get("/api/v1/groups/sorggruppe-kinn").status()).isEqualTo(200);
  }

  @Test
  void onlyGroupsCanBePublishedOrVerified() {
    ApiServer.Reply r = editor.post("/api/v1/admin/contact-points/frivilligsentralen-kinn/publish");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("type");
    assertThat(editor.post("/api/v1/admin/district-offices/vest/verified").status()).isEqualTo(400);
  }

  @Test
  void historyListsEachWriteNewestFirstWithItsEditorAndChangedFields() {
    ObjectNode body = group("sorggruppe-kinn");
    body.put("schedule", "Annakvar tysdag");
    editor.json("PUT", "/api/v1/groups/sorggruppe-kinn", body, "Kari Nordmann");
    editor.json("POST", "/api/v1/admin/groups/sorggruppe-kinn/unpublish", null, "Ola");

    ApiServer.Reply r = editor.get("/api/v1/admin/groups/sorggruppe-kinn/history");
    assertThat(r.status()).isEqualTo(200);
    JsonNode history = r.body().get("history");
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("who").asText()).isEqualTo("Ola");
    assertThat(history.get(0).get("changedFields"))
        .extracting(JsonNode::asText)
        .containsExactly("published");
    assertThat(history.get(1).get("who").asText()).isEqualTo("Kari Nordmann");
    assertThat(history.get(1).get("changedFields"))
        .extracting(JsonNode::asText)
        .containsExactly("schedule");
    assertThat(history.get(2).get("who").asText()).isEqualTo("admin");
    assertThat(history.get(0).get("when").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(history.get(0).get("version").asText()).isNotBlank();
  }

  @Test
  void anEditorHeaderWithControlCharactersIsRejected() {
    EditorClient.Text r =
        editor.call(
            "POST",
            "/api/v1/admin/groups/sorggruppe-kinn/verified",
            null,
            null,
            ApiServer.TOKEN,
            "x".repeat(101));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("X-Editor");
  }

  @Test
  void staleReportsOldAndUnverifiedGroupsOldestFirstAndVerifiedSetsTodayInOslo() {
    ObjectNode old = group("sorggruppe-kinn");
    old.put("lastVerified", LocalDate.now(Engine.EDITORS_ZONE).minusDays(200).toString());
    editor.json("PUT", "/api/v1/groups/sorggruppe-kinn", old, null);
    api.importJson(
        Map.of(
            "groups",
            List.of(Fixtures.group("aldri", "Aldri sjekka", "0301", "digital", List.of("sorg")))));

    ApiServer.Reply r = editor.get("/api/v1/admin/stale?olderThanDays=180");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("items"))
        .extracting(i -> i.get("id").asText())
        .containsExactly("aldri", "sorggruppe-kinn");
    JsonNode first = r.body().at("/items/1");
    assertThat(first.get("type").asText()).isEqualTo("groups");
    assertThat(first.get("ageDays").asInt()).isEqualTo(200);
    assertThat(first.get("title").asText()).isEqualTo(Fixtures.fullGroup().title());
    assertThat(first.get("lastVerified").asText()).isEqualTo(old.get("lastVerified").asText());

    ApiServer.Reply verified = editor.post("/api/v1/admin/groups/sorggruppe-kinn/verified");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body().get("lastVerified").asText())
        .isEqualTo(LocalDate.now(Engine.EDITORS_ZONE).toString());
    assertThat(editor.get("/api/v1/admin/stale?olderThanDays=180").body().get("items"))
        .extracting(i -> i.get("id").asText())
        .containsExactly("aldri");
    assertThat(editor.get("/api/v1/admin/stale").body().get("olderThanDays").asInt())
        .isEqualTo(180);
  }

  @Test
  void staleWithABadNumberAnswers400() {
    ApiServer.Reply r = editor.get("/api/v1/admin/stale?olderThanDays=lenge");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("olderThanDays");
    assertThat(editor.get("/api/v1/admin/stale?olderThanDays=-1").status()).isEqualTo(400);
  }

  static Stream<Arguments> protectedEndpoints() {
    String group = "{\"title\":\"Innbrot\"}";
    return Stream.of(
        Arguments.of("PUT", "/api/v1/groups/sorggruppe-kinn", group, "application/json"),
        Arguments.of(
            "PUT", "/api/v1/contact-points/frivilligsentralen-kinn", "{}", "application/json"),
        Arguments.of("PUT", "/api/v1/district-offices/vest", "{}", "application/json"),
        Arguments.of("DELETE", "/api/v1/groups/sorggruppe-kinn", null, null),
        Arguments.of("DELETE", "/api/v1/contact-points/frivilligsentralen-kinn", null, null),
        Arguments.of("DELETE", "/api/v1/district-offices/vest", null, null),
        Arguments.of("POST", "/api/v1/admin/groups/sorggruppe-kinn/publish", null, null),
        Arguments.of("POST", "/api/v1/admin/groups/sorggruppe-kinn/unpublish", null, null),
        Arguments.of("POST", "/api/v1/admin/groups/sorggruppe-kinn/verified", null, null),
        Arguments.of("POST", "/api/v1/admin/import.csv?type=groups", "id,title\nx,y\n", "text/csv"),
        Arguments.of("POST", "/api/v1/admin/imports", "{\"groups\":[]}", "application/json"),
        Arguments.of("GET", "/api/v1/admin/export", null, null),
        Arguments.of("GET", "/api/v1/admin/export.csv?type=groups", null, null),
        Arguments.of("GET", "/api/v1/admin/groups/sorggruppe-kinn", null, null),
        Arguments.of("GET", "/api/v1/admin/groups/sorggruppe-kinn/history", null, null),
        Arguments.of("GET", "/api/v1/admin/stale", null, null),
        Arguments.of("GET", "/api/v1/admin/jobs/some-job", null, null));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protectedEndpoints")
  void withoutTheTokenOrWithAWrongOneEveryEditorialEndpointAnswers401AndChangesNothing(
      String method, String path, String body, String contentType) {
    String before = editor.export();
    for (String token : new String[] {null, "wrong-token-0123456789"}) {
      EditorClient.Text r = editor.call(method, path, body, contentType, token, "Mallory");
      assertThat(r.status()).as(token == null ? "no token" : "wrong token").isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(editor.tree(r.body()).get("error").asText()).isNotBlank();
    }
    assertThat(editor.export()).isEqualTo(before);
    assertThat(editor.get("/api/v1/admin/groups/sorggruppe-kinn/history").body().get("history"))
        .hasSize(1);
  }

  /** Polls until the condition holds, failing once {@code withinMs} after {@code since} passed. */
  static void waitUntil(long since, long withinMs, java.util.function.BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - since > withinMs * 1_000_000) {
        throw new AssertionError("not true within " + withinMs + " ms");
      }
      Thread.onSpinWait();
    }
  }
}
