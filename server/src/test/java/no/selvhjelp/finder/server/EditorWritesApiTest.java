package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Editors' writes to one item over real HTTP: partial updates with JSON Merge Patch, lost-update
 * protection with ETag and If-Match, and editor names with æøå.
 */
class EditorWritesApiTest {
  private static final String MERGE_PATCH = "application/merge-patch+json";

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

  private EditorClient.Text send(String method, String path, String body, String type) {
    return send(method, path, body, type, Map.of());
  }

  private EditorClient.Text send(
      String method, String path, String body, String type, Map<String, String> headers) {
    return editor.call(method, path, body, type, ApiServer.TOKEN, "Kari", headers);
  }

  @Test
  void aPatchWithOnlyTheStatusChangesTheStatusAndKeepsEverythingElse() {
    JsonNode before = editor.get("/api/v1/admin/groups/sorggruppe-kinn").body();

    EditorClient.Text r =
        send("PATCH", "/api/v1/groups/sorggruppe-kinn", "{\"status\":\"full\"}", MERGE_PATCH);

    assertThat(r.status()).isEqualTo(200);
    JsonNode after = editor.get("/api/v1/admin/groups/sorggruppe-kinn").body();
    assertThat(after.get("status").asText()).isEqualTo("full");
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).put("status", "open");
    assertThat(after).isEqualTo(before);
    assertThat(editor.tree(r.body()).get("status").asText()).isEqualTo("full");
  }

  @Test
  void aPatchNullRemovesAFieldAndAMoveDerivesNewCoordinates() {
    EditorClient.Text r =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"audience\":null,\"kommunenummer\":\"4601\",\"postnummer\":\"5003\","
                + "\"address\":\"Torgallmenningen 1\"}",
            MERGE_PATCH);

    assertThat(r.status()).isEqualTo(200);
    JsonNode g = editor.tree(r.body());
    assertThat(g.has("audience")).isFalse();
    assertThat(g.get("lat").asDouble()).as("Bergen, not Florø").isBetween(60.3, 60.45);
  }

  @ParameterizedTest
  @CsvSource({
    "contact-points, frivilligsentralen-kinn, name, Frivilligsentralen i Florø",
    "district-offices, vest, name, Selvhjelp Norge Vest og Sør",
    "groups, sorggruppe-kinn, title, Sorggruppe i Florø"
  })
  void everyItemTypeTakesAMergePatch(String type, String id, String field, String value) {
    EditorClient.Text r =
        send(
            "PATCH",
            "/api/v1/" + type + "/" + id,
            "{\"" + field + "\":\"" + value + "\"}",
            MERGE_PATCH);

    assertThat(r.status()).isEqualTo(200);
    assertThat(editor.get("/api/v1/admin/" + type + "/" + id).body().get(field).asText())
        .isEqualTo(value);
  }

  @Test
  void anInvalidPatchNamesThePatchAndStoresNothing() {
    EditorClient.Text r =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"gone\",\"format\":\"paper\"}",
            MERGE_PATCH);

    assertThat(r.status()).isEqualTo(400);
    JsonNode body = editor.tree(r.body());
    assertThat(body.get("error").asText())
        .isEqualTo("Invalid patch of groups/sorggruppe-kinn: nothing was stored");
    assertThat(body.get("details").findValuesAsText("field")).containsExactly("format", "status");
    assertThat(editor.get("/api/v1/admin/groups/sorggruppe-kinn").body().get("status").asText())
        .isEqualTo("open");
  }

  @Test
  void aPatchOfAMissingItemIs404AndAPatchAsPlainJsonIs415NamingMergePatch() {
    assertThat(send("PATCH", "/api/v1/groups/finst-ikkje", "{}", MERGE_PATCH).status())
        .isEqualTo(404);

    EditorClient.Text wrongType =
        send("PATCH", "/api/v1/groups/sorggruppe-kinn", "{}", "application/json");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(editor.tree(wrongType.body()).get("error").asText()).contains(MERGE_PATCH);
  }

  @Test
  void aPatchWithoutTheTokenIsRefused() {
    EditorClient.Text r =
        editor.call(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"full\"}",
            MERGE_PATCH,
            null,
            null);
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void theSecondOfTwoEditorsWhoStartedFromTheSameCopyGets412AndTheFirstChangeStays() {
    EditorClient.Text read =
        editor.call(
            "GET", "/api/v1/admin/groups/sorggruppe-kinn", null, null, ApiServer.TOKEN, null);
    String etag = read.header("ETag");
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(read.header("Last-Modified")).isNotNull();

    EditorClient.Text first =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"title\":\"Første redaktør\"}",
            MERGE_PATCH,
            Map.of("If-Match", etag));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);

    EditorClient.Text second =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"title\":\"Andre redaktør\"}",
            MERGE_PATCH,
            Map.of("If-Match", etag));
    assertThat(second.status()).isEqualTo(412);
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(editor.tree(second.body()).get("error").asText()).contains("changed since you read");

    JsonNode full = editor.tree(read.body());
    EditorClient.Text stalePut =
        send(
            "PUT",
            "/api/v1/groups/sorggruppe-kinn",
            full.toString(),
            "application/json",
            Map.of("If-Match", etag));
    assertThat(stalePut.status()).isEqualTo(412);
    assertThat(
            send("DELETE", "/api/v1/groups/sorggruppe-kinn", null, null, Map.of("If-Match", etag))
                .status())
        .isEqualTo(412);
    assertThat(editor.get("/api/v1/admin/groups/sorggruppe-kinn").body().get("title").asText())
        .isEqualTo("Første redaktør");

    EditorClient.Text current =
        send(
            "DELETE",
            "/api/v1/groups/sorggruppe-kinn",
            null,
            null,
            Map.of("If-Match", first.header("ETag")));
    assertThat(current.status()).isEqualTo(204);
  }

  @Test
  void aMalformedIfMatchOrIfNoneMatchIsA400SayingWhatToSendAndChangesNothing() {
    String path = "/api/v1/groups/sorggruppe-kinn";
    List<Map<String, String>> bad =
        List.of(
            Map.of("If-Match", "garbage"),
            Map.of("If-Match", "\"abc\", garbage"),
            Map.of("If-Match", "\"unterminated"),
            Map.of("If-None-Match", "garbage"));
    for (Map<String, String> header : bad) {
      String name = header.keySet().iterator().next();
      for (String method : List.of("PATCH", "PUT", "DELETE")) {
        String body = method.equals("DELETE") ? null : "{\"status\":\"full\"}";
        String type = method.equals("PATCH") ? MERGE_PATCH : "application/json";
        EditorClient.Text r =
            send(method, path, body, method.equals("DELETE") ? null : type, header);
        assertThat(r.status()).as(method + " " + header).isEqualTo(400);
        JsonNode answer = editor.tree(r.body());
        assertThat(answer.at("/details/0/field").asText()).isEqualTo(name);
        assertThat(answer.at("/details/0/message").asText())
            .contains("must be a quoted ETag as the ETag header gives it");
        assertThat(r.body()).doesNotContainIgnoringCase("unable to parse").doesNotContain("Jersey");
      }
      EditorClient.Text read =
          editor.call(
              "GET",
              "/api/v1/admin/groups/sorggruppe-kinn",
              null,
              null,
              ApiServer.TOKEN,
              null,
              header);
      assertThat(read.status()).as("GET " + header).isEqualTo(400);
    }
    assertThat(editor.get("/api/v1/admin/groups/sorggruppe-kinn").body().get("status").asText())
        .isNotEqualTo("full");
  }

  @Test
  void theBareVersionOfAnExportServesAsIfMatch() {
    String etag =
        editor
            .call("GET", "/api/v1/admin/groups/sorggruppe-kinn", null, null, ApiServer.TOKEN, null)
            .header("ETag");
    String version = etag.substring(1, etag.length() - 1);
    EditorClient.Text ok =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"full\"}",
            MERGE_PATCH,
            Map.of("If-Match", version));
    assertThat(ok.status()).isEqualTo(200);
    EditorClient.Text stale =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"open\"}",
            MERGE_PATCH,
            Map.of("If-Match", version));
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void ifUnmodifiedSinceBeforeTheLastChangeIsRefused() {
    EditorClient.Text r =
        send(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"full\"}",
            MERGE_PATCH,
            Map.of("If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"));
    assertThat(r.status()).isEqualTo(412);
  }

  @Test
  void aReadWithTheCurrentETagInIfNoneMatchIs304AndWritesWithoutPreconditionsStillWork() {
    String etag =
        editor
            .call("GET", "/api/v1/admin/groups/sorggruppe-kinn", null, null, ApiServer.TOKEN, null)
            .header("ETag");
    EditorClient.Text again =
        editor.call(
            "GET",
            "/api/v1/admin/groups/sorggruppe-kinn",
            null,
            null,
            ApiServer.TOKEN,
            null,
            Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);

    assertThat(
            send("PATCH", "/api/v1/groups/sorggruppe-kinn", "{\"status\":\"full\"}", MERGE_PATCH)
                .status())
        .isEqualTo(200);
  }

  @Test
  void anEditorNameSentAsUtf8BytesIsStoredWithItsLetters() throws IOException {
    String status = rawPatch("X-Editor: Kari Redaktør".getBytes(StandardCharsets.UTF_8));

    assertThat(status).contains(" 200 ");
    assertThat(lastEditor()).isEqualTo("Kari Redaktør");
  }

  @Test
  void anEditorNameSentPercentEncodedIsStoredWithItsLetters() throws IOException {
    String status =
        rawPatch("X-Editor: %C3%85se%20%C3%98deg%C3%A5rd".getBytes(StandardCharsets.US_ASCII));

    assertThat(status).contains(" 200 ");
    assertThat(lastEditor()).isEqualTo("Åse Ødegård");
  }

  @Test
  void anEditorNameThatIsBlankOnceDecodedIsRecordedAsTheTokenHolder() throws IOException {
    String status = rawPatch("X-Editor: %20%20".getBytes(StandardCharsets.US_ASCII));

    assertThat(status).contains(" 200 ");
    assertThat(lastEditor()).isEqualTo("admin");
  }

  @Test
  void anEditorNameWithABidiOverrideOrOtherInvisibleCharacterIsA400() throws IOException {
    for (String header :
        List.of(
            "X-Editor: Kari%E2%80%AEnosnah",
            "X-Editor: Kari%E2%80%8BRedaktor", "X-Editor: %E2%80%8F")) {
      String status = rawPatch(header.getBytes(StandardCharsets.US_ASCII));
      assertThat(status).as(header).contains(" 400 ");
    }
    EditorClient.Text r =
        editor.call(
            "PATCH",
            "/api/v1/groups/sorggruppe-kinn",
            "{\"status\":\"full\"}",
            MERGE_PATCH,
            ApiServer.TOKEN,
            "Kari%E2%80%AEnosnah");
    assertThat(editor.tree(r.body()).at("/details/0/field").asText()).isEqualTo("X-Editor");
    assertThat(editor.tree(r.body()).at("/details/0/message").asText()).contains("U+202E");
    assertThat(editor.get("/api/v1/admin/groups/sorggruppe-kinn").body().get("status").asText())
        .isEqualTo("open");
  }

  private String lastEditor() {
    return editor
        .get("/api/v1/admin/groups/sorggruppe-kinn/history")
        .body()
        .get("history")
        .get(0)
        .get("who")
        .asText();
  }

  /** A PATCH written byte by byte, so the header's bytes are exactly the ones given. */
  private String rawPatch(byte[] editorHeader) throws IOException {
    byte[] body = "{\"status\":\"full\"}".getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PATCH /api/v1/groups/sorggruppe-kinn HTTP/1.1\r\n"
                  + "Host: 127.0.0.1\r\n"
                  + "Authorization: Bearer "
                  + ApiServer.TOKEN
                  + "\r\n"
                  + "Content-Type: "
                  + MERGE_PATCH
                  + "\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n"
                  + "Connection: close\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(editorHeader);
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
