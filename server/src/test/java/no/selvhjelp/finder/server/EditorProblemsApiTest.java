package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ProblemList;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an editor is told when input is wrong, over real HTTP: every problem of every item in one
 * answer (JSON, CSV, background jobs, PUT), capped and counted, in the API's own words, with the
 * content types an endpoint takes.
 */
class EditorProblemsApiTest {
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
                        "contactPoints", List.of(Fixtures.contactPoint())))
                .status())
        .isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** A group with seven problems: a bad id, four bad values, a bad language, an unknown link. */
  private ObjectNode sevenProblems() {
    ObjectNode g = api.engine.json().valueToTree(Fixtures.fullGroup());
    g.put("id", "Bad Id!");
    g.put("format", "paper");
    g.put("status", "gone");
    g.put("kommunenummer", "9999");
    g.put("lat", 200.0);
    g.putArray("languages").add("xx");
    g.put("contactPointId", "no-such-point");
    return g;
  }

  private static List<String> fields(JsonNode body) {
    return body.get("details").findValuesAsText("field");
  }

  @Test
  void anImportItemWithSevenProblemsGetsAllSevenInOneAnswer() {
    ApiServer.Reply r = api.importJson(Map.of("groups", List.of(sevenProblems())));

    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r.body()))
        .containsExactlyInAnyOrder(
            "id", "format", "status", "kommunenummer", "lat", "languages[0]", "contactPointId");
  }

  @Test
  void problemsOfSeveralItemsAndSectionsComeInOneAnswer() {
    ObjectNode point = api.engine.json().valueToTree(Fixtures.contactPoint());
    point.put("id", "ny-sentral");
    point.put("districtOfficeId", "no-such-office");
    point.put("type", "kiosk");
    ObjectNode second = api.engine.json().valueToTree(Fixtures.fullGroup());
    second.put("id", "andre");
    second.put("status", "closed");

    ApiServer.Reply r =
        api.importJson(
            Map.of("contactPoints", List.of(point), "groups", List.of(sevenProblems(), second)));

    assertThat(r.status()).isEqualTo(400);
    JsonNode details = r.body().get("details");
    assertThat(details.findValuesAsText("field"))
        .contains("districtOfficeId", "type", "contactPointId", "status");
    assertThat(details).hasSize(7 + 2 + 1);
  }

  @Test
  void aPutWithManyProblemsListsThemAllAndNamesTheUpdate() {
    ObjectNode g = sevenProblems();
    g.remove("id");

    ApiServer.Reply r = editor.json("PUT", "/api/v1/groups/ny-gruppe", g, null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("error").asText())
        .isEqualTo("Invalid update of groups/ny-gruppe: nothing was stored");
    assertThat(fields(r.body()))
        .containsExactlyInAnyOrder(
            "format", "status", "kommunenummer", "lat", "languages[0]", "contactPointId");
  }

  @Test
  void aCsvGetsItsFileProblemsAndItsContentProblemsWithLinesInOneAnswer() {
    String csv =
        "id,title,summary,description,themes,languages,format,kommunenummer,status,lat,lon,farge\r\n"
            + "a-gruppe,A,S,D,sorg,nb,digital,9999,open,nord,5.0,blå\r\n"
            + "b-gruppe,B,S,D,sorg,xx,paper,4602,open,,,rød\r\n";

    EditorClient.Text r = editor.importCsv("groups", csv);

    assertThat(r.status()).isEqualTo(400);
    JsonNode details = editor.tree(r.body()).get("details");
    assertThat(details.findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).startsWith("line 1: is not a column"))
        .anySatisfy(m -> assertThat(m).isEqualTo("line 2: 'nord' is not a number"))
        .anySatisfy(m -> assertThat(m).startsWith("line 2: '9999' is not a kommunenummer"))
        .anySatisfy(m -> assertThat(m).startsWith("line 3: 'xx' is not an ISO 639-1"))
        .anySatisfy(m -> assertThat(m).startsWith("line 3: 'paper' is not one of"));
  }

  @Test
  void aCsvQuoteThatIsNeverClosedIsToldWithItsLineInPlainWords() {
    String csv =
        "id,title,summary,description,themes,languages,format,kommunenummer,status\r\n"
            + "a-gruppe,\"Sorg og savn,S,D,sorg,nb,digital,0301,open\r\n"
            + "b-gruppe,B,S,D,sorg,nb,digital,0301,open\r\n";

    EditorClient.Text r = editor.importCsv("groups", csv);

    assertThat(r.status()).isEqualTo(400);
    assertThat(editor.tree(r.body()).at("/details/0/message").asText())
        .startsWith("line 2: a quoted value is never closed")
        .doesNotContain("EOF", "encapsulated", "startline");
    assertThat(api.get("/api/v1/groups/b-gruppe").status()).isEqualTo(404);
  }

  @Test
  void aCsvColumnGivenTwiceIsA400NamingItAndStoresNothing() {
    String csv =
        "id,title,summary,description,themes,languages,format,kommunenummer,status,title\r\n"
            + "a-gruppe,A,S,D,sorg,nb,digital,0301,open,B\r\n";

    EditorClient.Text r = editor.importCsv("groups", csv);

    assertThat(r.status()).isEqualTo(400);
    JsonNode detail = editor.tree(r.body()).at("/details/0");
    assertThat(detail.get("field").asText()).isEqualTo("title");
    assertThat(detail.get("message").asText())
        .isEqualTo("line 1: the column appears twice (columns 2 and 10); keep one of them");
    assertThat(api.get("/api/v1/groups/a-gruppe").status()).isEqualTo(404);
  }

  @Test
  void aBackgroundJobReportsEveryProblemOfEveryItem() throws Exception {
    String body = api.engine.json().writeValueAsString(Map.of("groups", List.of(sevenProblems())));
    EditorClient.Text submitted =
        editor.call(
            "POST", "/api/v1/admin/imports", body, "application/json", ApiServer.TOKEN, null);
    assertThat(submitted.status()).isEqualTo(202);
    String location = java.net.URI.create(submitted.header("Location")).getPath();

    JsonNode job = editor.get(location).body();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!job.get("state").asText().equals("failed") && Instant.now().isBefore(deadline)) {
      Thread.onSpinWait();
      job = editor.get(location).body();
    }

    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("errors").findValuesAsText("field")).hasSize(7).contains("contactPointId");
  }

  @Test
  void aCsvHeaderWithTwentyThousandUnknownColumnsGetsAShortAnswerThatCountsTheRest() {
    StringBuilder csv = new StringBuilder("id,title");
    for (int i = 0; i < 20_000; i++) {
      csv.append(",x").append(i);
    }
    csv.append("\r\n");

    EditorClient.Text r = editor.importCsv("groups", csv.toString());

    assertThat(r.status()).isEqualTo(400);
    JsonNode body = editor.tree(r.body());
    assertThat(body.get("details")).hasSize(ProblemList.MAX_LISTED);
    assertThat(body.get("omittedDetails").asInt()).isEqualTo(20_000 - ProblemList.MAX_LISTED);
    assertThat(body.get("error").asText()).contains("500 of 20000 problems listed");
    assertThat(r.body().length()).isLessThan(100_000);
  }

  @Test
  void languagesMustBeIso639CodesAndNorwegianMustSayWhichWrittenForm() {
    ObjectNode g = api.engine.json().valueToTree(Fixtures.fullGroup());
    g.putArray("languages").add("xx").add("no").add("se").add("ti");

    ApiServer.Reply r = api.importJson(Map.of("groups", List.of(g)));

    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r.body())).containsExactly("languages[0]", "languages[1]");
    assertThat(r.body().get("details").get(1).get("message").asText())
        .contains("use nb (bokmål), nn (nynorsk) or both");

    g.putArray("languages").add("se").add("nb").add("ti");
    assertThat(api.importJson(Map.of("groups", List.of(g))).status()).isEqualTo(200);
  }

  @Test
  void aCsvSentWithoutTextCsvIsToldWhichTypeTheEndpointTakes() {
    EditorClient.Text r =
        editor.call(
            "POST",
            "/api/v1/admin/import.csv?type=groups",
            "id,title\r\n",
            "application/json",
            ApiServer.TOKEN,
            null);

    assertThat(r.status()).isEqualTo(415);
    assertThat(editor.tree(r.body()).get("error").asText())
        .isEqualTo(
            "This endpoint takes Content-Type text/csv; the request was sent with"
                + " application/json");
  }

  @Test
  void aBackgroundImportWithoutContentTypeIsA415NamingBothTypes() {
    EditorClient.Text r =
        editor.call(
            "POST", "/api/v1/admin/imports", "{\"groups\":[]}", null, ApiServer.TOKEN, null);

    assertThat(r.status()).isEqualTo(415);
    assertThat(editor.tree(r.body()).get("error").asText())
        .contains("application/json or text/csv");
  }

  @Test
  void tooDeepJsonIsExplainedWithoutTheParsersInternals() {
    String deep = "{\"groups\":" + "[".repeat(40) + "]".repeat(40) + "}";

    ApiServer.Reply r = api.post("/api/v1/import", deep, ApiServer.TOKEN);

    assertThat(r.status()).isEqualTo(400);
    String message = r.body().get("details").get(0).get("message").asText();
    assertThat(message).contains("nesting depth of 32 levels").doesNotContain("`", "Constraints");
  }

  @Test
  void trailingGarbageAfterTheJsonAndANullSectionAreRefused() {
    ApiServer.Reply garbage = api.post("/api/v1/import", "{\"groups\":[]} xyz", ApiServer.TOKEN);
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.body().get("details").get(0).get("message").asText())
        .startsWith("there is more after the end of the JSON value");

    ApiServer.Reply twoValues = api.post("/api/v1/import", "{} {}", ApiServer.TOKEN);
    assertThat(twoValues.status()).isEqualTo(400);

    ApiServer.Reply nullGroups = api.post("/api/v1/import", "{\"groups\": null}", ApiServer.TOKEN);
    assertThat(nullGroups.status()).isEqualTo(400);
    assertThat(nullGroups.body().get("details").get(0).get("section").asText()).isEqualTo("groups");
  }
}
