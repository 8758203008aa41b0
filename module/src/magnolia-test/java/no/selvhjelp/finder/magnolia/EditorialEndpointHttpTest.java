package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import info.magnolia.cms.security.User;
import info.magnolia.context.WebContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial API on Magnolia ({@code /.rest/selvhjelp/v1/admin/...}) under Magnolia's JAX-RS
 * runtime ({@link EmbeddedMagnoliaRest}) over a real engine, with real HTTP requests. Who is logged
 * in comes from a Mockito'd Magnolia context; everything after that decision is real.
 */
class EditorialEndpointHttpTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final User KARI = MagnoliaEditorAccessTest.user("kari", "selvhjelp-editor");
  private static final User OLA = MagnoliaEditorAccessTest.user("ola", "editor", "rest-editor");
  private static final User ANONYMOUS =
      MagnoliaEditorAccessTest.user("anonymous", "anonymous", "rest-anonymous");

  /** A published group in Oslo, and one in a kommune that does not exist on line 3. */
  private static final String CSV_WITH_A_BAD_LINE =
      "id,title,themes,languages,format,kommunenummer,status\r\n"
          + "samtale-oslo,Samtalegruppe for pårørende,parorende,nb,physical,0301,open\r\n"
          + "ukjent-kommune,Gruppe uten kommune,sorg,nb,physical,9999,open\r\n";

  private static final String CSV =
      "id,title,themes,languages,format,kommunenummer,status\r\n"
          + "samtale-oslo,Samtalegruppe for pårørende,parorende,nb,physical,0301,open\r\n";

  @TempDir Path indexDir;
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private EmbeddedMagnoliaRest rest;
  private String base;
  private volatile User loggedIn = ANONYMOUS;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit::login, indexDir).start();
    SelvhjelpModule module = mock(SelvhjelpModule.class);
    when(module.engine()).thenReturn(engine);
    WebContext context = mock(WebContext.class);
    when(context.getUser()).thenAnswer(call -> loggedIn);
    rest = new EmbeddedMagnoliaRest(new SelvhjelpEndpoint(module, () -> context));
    base = rest.restBase() + "/selvhjelp/v1";
  }

  @AfterEach
  void stop() throws Exception {
    rest.close();
    engine.close();
    jackrabbit.close();
  }

  @Test
  void anEditorImportsAJsonBatchFindsTheGroupInSearchAndIsNamedInItsHistory() throws Exception {
    loggedIn = KARI;
    JsonNode imported = json(post("/admin/import", batchJson(), "application/json"), 200);
    assertThat(imported.at("/imported/groups").asInt()).isEqualTo(1);
    assertThat(imported.at("/imported/districtOffices").asInt()).isEqualTo(1);

    awaitGet("/groups?q=sorg", body -> body.get("total").asInt() == 1);
    JsonNode history = json(get("/admin/groups/sorggruppe-kinn/history"), 200);
    assertThat(history.at("/history/0/who").asText()).isEqualTo("kari");
  }

  @Test
  void theEditorIsMagnoliasUserNotTheXEditorHeader() throws Exception {
    loggedIn = KARI;
    HttpRequest request =
        request("/admin/import")
            .header("Content-Type", "application/json")
            .header("X-Editor", "Someone Else")
            .POST(HttpRequest.BodyPublishers.ofString(batchJson()))
            .build();
    json(http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    JsonNode history = json(get("/admin/groups/sorggruppe-kinn/history"), 200);
    assertThat(history.at("/history/0/who").asText()).isEqualTo("kari");
  }

  @Test
  void anEditorImportsACsvOfGroupsAndFindsThemInSearch() throws Exception {
    loggedIn = KARI;
    JsonNode imported = json(post("/admin/import.csv?type=groups", CSV, "text/csv"), 200);
    assertThat(imported.at("/imported/groups").asInt()).isEqualTo(1);
    awaitGet("/groups?q=samtalegruppe", body -> body.get("total").asInt() == 1);
    assertThat(json(get("/groups/samtale-oslo"), 200).get("kommune").asText()).isEqualTo("Oslo");
  }

  @Test
  void anAnonymousVisitorGets401WithOurJsonAndNothingIsStored() throws Exception {
    loggedIn = ANONYMOUS;
    HttpResponse<String> r = post("/admin/import", batchJson(), "application/json");
    assertThat(json(r, 401).get("error").asText()).contains("selvhjelp-editor");
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Magnolia\"");
    assertThat(json(post("/admin/import.csv?type=groups", CSV, "text/csv"), 401).has("error"))
        .isTrue();
    assertThat(json(get("/admin/export"), 401).has("error")).isTrue();
    assertThat(json(get("/admin/consistency"), 401).has("error")).isTrue();
    assertThat(json(get("/groups/sorggruppe-kinn"), 404).get("error").asText())
        .isEqualTo("Not found");
    assertThat(json(get("/groups/samtale-oslo"), 404).has("error")).isTrue();
  }

  @Test
  void aLoggedInUserWithoutTheRoleGets403AndNothingIsStored() throws Exception {
    loggedIn = OLA;
    JsonNode refused = json(post("/admin/import", batchJson(), "application/json"), 403);
    assertThat(refused.get("error").asText()).contains("selvhjelp-editor");
    json(post("/admin/imports", batchJson(), "application/json"), 403);
    json(post("/admin/reindex", "", "application/json"), 403);
    json(get("/admin/stale"), 403);
    json(get("/groups/sorggruppe-kinn"), 404);
  }

  @Test
  void theStandaloneAdminTokenGrantsNothingOnMagnolia() throws Exception {
    for (User user : new User[] {ANONYMOUS, OLA}) {
      loggedIn = user;
      HttpRequest request =
          request("/admin/import")
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer the-standalone-servers-admin-token")
              .POST(HttpRequest.BodyPublishers.ofString(batchJson()))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      assertThat(status).isEqualTo(user == ANONYMOUS ? 401 : 403);
    }
    json(get("/groups/sorggruppe-kinn"), 404);
  }

  @Test
  void exportConsistencyAndTheStaleReportAnswerAnEditor() throws Exception {
    loggedIn = KARI;
    json(post("/admin/import", batchJson(), "application/json"), 200);

    HttpResponse<String> export = get("/admin/export");
    JsonNode exported = json(export, 200);
    assertThat(exported.at("/groups/0/id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(export.headers().firstValue("X-Total-Items")).hasValue("3");
    HttpResponse<String> csv = get("/admin/export.csv?type=groups");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body()).contains("sorggruppe-kinn");

    JsonNode consistency =
        awaitGet("/admin/consistency", body -> body.get("consistent").asBoolean());
    assertThat(consistency.get("repositoryGroups").asInt()).isEqualTo(1);
    assertThat(json(get("/admin/stale?olderThanDays=1"), 200).get("total").asInt()).isEqualTo(1);
    assertThat(json(get("/admin/stale?olderThanDays=never"), 400).at("/details/0/field").asText())
        .isEqualTo("olderThanDays");
  }

  @Test
  void aBadCsvIsA400NamingTheLineAndStoresNothing() throws Exception {
    loggedIn = KARI;
    JsonNode refused =
        json(post("/admin/import.csv?type=groups", CSV_WITH_A_BAD_LINE, "text/csv"), 400);
    assertThat(refused.get("details").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).startsWith("line 3:"));
    json(get("/groups/samtale-oslo"), 404);
    assertThat(json(get("/admin/export"), 200).path("groups").size()).isZero();
  }

  @Test
  void aBadJsonImportIsA400AndStoresNothing() throws Exception {
    loggedIn = KARI;
    String broken = batchJson().replace("\"4602\"", "\"9999\"");
    JsonNode refused = json(post("/admin/import", broken, "application/json"), 400);
    assertThat(refused.get("details").size()).isPositive();
    assertThat(json(post("/admin/import", "{not json", "application/json"), 400).has("error"))
        .isTrue();
    json(get("/groups/sorggruppe-kinn"), 404);
  }

  @Test
  void aBackgroundImportAnswers202WithAJobUnderTheMagnoliaEndpoint() throws Exception {
    loggedIn = KARI;
    HttpResponse<String> accepted = post("/admin/imports", batchJson(), "application/json");
    JsonNode job = json(accepted, 202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo(base + "/admin/jobs/" + job.get("id").asText());

    JsonNode done =
        awaitGet(
            "/admin/jobs/" + job.get("id").asText(),
            body -> !body.get("state").asText().matches("queued|running"));
    assertThat(done.get("state").asText()).isEqualTo("succeeded");
    awaitGet("/groups?q=sorg", body -> body.get("total").asInt() == 1);
  }

  @Test
  void reindexRunsForAnEditor() throws Exception {
    loggedIn = KARI;
    json(post("/admin/reindex", "", "application/json"), 202);
    awaitGet("/admin/reindex", body -> body.get("state").asText().equals("done"));
  }

  private String batchJson() throws Exception {
    return engine.json().writeValueAsString(SelvhjelpModuleTest.batch());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String type) throws Exception {
    HttpRequest request =
        request(path)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Polls a GET until its JSON satisfies the condition (the index refreshes in the background). */
  private JsonNode awaitGet(String path, Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      JsonNode body = json(get(path), 200);
      if (condition.test(body)) {
        return body;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(path + " never answered as expected; last: " + body);
      }
      Thread.sleep(5); // a pause between polls of the condition, not a wait for it
    }
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return PLAIN.readTree(r.body());
  }
}
