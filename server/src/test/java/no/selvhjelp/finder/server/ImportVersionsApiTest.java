package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export, edit, import: an export carries each item's version (its admin ETag), and an import of it
 * is refused, storing nothing, when an item was changed by someone else since; it names every such
 * item (and its CSV line). With current versions it is stored; without versions it overwrites as it
 * always did.
 */
class ImportVersionsApiTest {
  private ApiServer api;
  private EditorClient editor;

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
    assertThat(
            api.importJson(
                    Map.of(
                        "groups",
                        List.of(
                            Fixtures.group(
                                "gruppe-a", "Gruppe A", "0301", "physical", List.of("sorg")),
                            Fixtures.group(
                                "gruppe-b", "Gruppe B", "0301", "physical", List.of("angst")))))
                .status())
        .isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theExportCarriesEachItemsVersionWhichIsItsAdminETag() {
    String etag = editor.get("/api/v1/admin/groups/gruppe-a").header("ETag");

    JsonNode exported = group(editor.tree(editor.export()), "gruppe-a");
    String csv = editor.exportCsv("groups");

    assertThat('"' + exported.get("version").asText() + '"').isEqualTo(etag);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",version");
    assertThat(line(csv, "gruppe-a")).endsWith("," + exported.get("version").asText());
  }

  @Test
  void anOldJsonExportIsRefusedWith409NamingTheItemChangedSinceAndNothingIsStored() {
    ObjectNode export = (ObjectNode) editor.tree(editor.export());
    String before = group(export, "gruppe-a").get("version").asText();
    String now = changeBySomeoneElse("gruppe-a");
    ((ObjectNode) group(export, "gruppe-b")).put("title", "Gruppe B, endra i fila");

    EditorClient.Text r =
        editor.call(
            "POST",
            "/api/v1/import",
            export.toString(),
            "application/json",
            ApiServer.TOKEN,
            "Ola");

    assertThat(r.status()).as(r.body()).isEqualTo(409);
    JsonNode body = editor.tree(r.body());
    assertThat(body.get("error").asText()).contains("nothing was stored");
    assertThat(body.get("details")).hasSize(1);
    JsonNode detail = body.get("details").get(0);
    assertThat(detail.get("section").asText()).isEqualTo("groups");
    assertThat(detail.get("index").asInt()).isEqualTo(index(export, "gruppe-a"));
    assertThat(detail.get("field").asText()).isEqualTo("version");
    assertThat(detail.get("message").asText())
        .isEqualTo("'gruppe-a' was changed since version " + before + "; it is now " + now);
    assertThat(title("gruppe-b")).isEqualTo("Gruppe B");
    assertThat(title("gruppe-a")).isEqualTo("Endra av Kari");
  }

  @Test
  void anOldCsvExportIsRefusedNamingTheItemAndItsLineAndNothingIsStored() {
    String csv = editor.exportCsv("groups");
    changeBySomeoneElse("gruppe-a");
    String edited = csv.replace("Gruppe B,", "Gruppe B endra i rekneark,");

    EditorClient.Text r = editor.importCsv("groups", edited);

    assertThat(r.status()).as(r.body()).isEqualTo(409);
    JsonNode details = editor.tree(r.body()).get("details");
    assertThat(details).hasSize(1);
    assertThat(details.get(0).get("message").asText())
        .startsWith("line " + lineNumber(csv, "gruppe-a") + ": 'gruppe-a' was changed since");
    assertThat(title("gruppe-b")).isEqualTo("Gruppe B");
    assertThat(title("gruppe-a")).isEqualTo("Endra av Kari");
  }

  @Test
  void anImportBasedOnTheCurrentVersionsIsStoredAndTheSameFileMaySafelyBeSentAgain() {
    ObjectNode export = (ObjectNode) editor.tree(editor.export());
    ((ObjectNode) group(export, "gruppe-b")).put("title", "Gruppe B, endra i fila");

    EditorClient.Text first =
        editor.call(
            "POST",
            "/api/v1/import",
            export.toString(),
            "application/json",
            ApiServer.TOKEN,
            "Ola");
    EditorClient.Text again =
        editor.call(
            "POST",
            "/api/v1/import",
            export.toString(),
            "application/json",
            ApiServer.TOKEN,
            "Ola");

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(title("gruppe-b")).isEqualTo("Gruppe B, endra i fila");
    // gruppe-b now holds what the file sends: the file does not conflict with itself.
    assertThat(again.status()).as(again.body()).isEqualTo(200);
  }

  @Test
  void aCsvExportEditedInASpreadsheetIsStoredWhenNobodyChangedItsItems() {
    String csv = editor.exportCsv("groups").replace("Gruppe B,", "Gruppe B endra i rekneark,");

    EditorClient.Text r = editor.importCsv("groups", csv);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(title("gruppe-b")).isEqualTo("Gruppe B endra i rekneark");
  }

  @Test
  void anImportWithoutVersionsOverwritesAsItAlwaysDid() {
    ObjectNode export = (ObjectNode) editor.tree(editor.export());
    changeBySomeoneElse("gruppe-a");
    export.get("groups").forEach(g -> ((ObjectNode) g).remove("version"));

    EditorClient.Text r =
        editor.call(
            "POST",
            "/api/v1/import",
            export.toString(),
            "application/json",
            ApiServer.TOKEN,
            "Ola");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(title("gruppe-a")).isEqualTo("Gruppe A");
  }

  @Test
  void aVersionThatIsNotTextIs400NamingTheField() {
    ObjectNode export = (ObjectNode) editor.tree(editor.export());
    ((ObjectNode) group(export, "gruppe-b")).put("version", 42);

    EditorClient.Text r =
        editor.call(
            "POST",
            "/api/v1/import",
            export.toString(),
            "application/json",
            ApiServer.TOKEN,
            "Ola");

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(editor.tree(r.body()).at("/details/0/field").asText()).isEqualTo("version");
  }

  /** Another editor changes the group's title with a PUT; returns its new version. */
  private String changeBySomeoneElse(String id) {
    ObjectNode item = (ObjectNode) editor.get("/api/v1/admin/groups/" + id).body();
    item.put("title", "Endra av Kari");
    ApiServer.Reply put = editor.json("PUT", "/api/v1/groups/" + id, item, "Kari");
    assertThat(put.status()).isEqualTo(200);
    String etag = put.header("ETag");
    return etag.substring(1, etag.length() - 1);
  }

  private String title(String id) {
    return editor.get("/api/v1/admin/groups/" + id).body().get("title").asText();
  }

  private static JsonNode group(JsonNode export, String id) {
    return export.get("groups").get(index(export, id));
  }

  private static int index(JsonNode export, String id) {
    JsonNode groups = export.get("groups");
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no group " + id + " in the export");
  }

  private static String line(String csv, String id) {
    return csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
  }

  /** The 1-based line of the item's row (the header is line 1; these rows have no line breaks). */
  private static int lineNumber(String csv, String id) {
    return Arrays.asList(csv.split("\r\n")).indexOf(line(csv, id)) + 1;
  }
}
