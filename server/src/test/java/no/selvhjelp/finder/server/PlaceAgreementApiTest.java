package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A group's kommunenummer, postnummer and lat/lon must describe one place, over real HTTP: an
 * exported CSV whose postnummer was edited in a spreadsheet still carries the old lat/lon.
 */
class PlaceAgreementApiTest {
  private ApiServer api;
  private EditorClient editor;

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
    ApiServer.Reply r =
        api.importJson(
            Map.of(
                "districtOffices", List.of(Fixtures.office()),
                "contactPoints", List.of(Fixtures.contactPoint()),
                "groups", List.of(Fixtures.fullGroup())));
    assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aReimportedCsvWithANewPostnummerAndTheOldLatLonIsA400UntilTheyAreCleared() {
    String exported = editor.exportCsv("groups");
    assertThat(exported).contains(",4602,Strandgata 30,6900,61.6,5.03,");
    String moved =
        exported.replace(
            ",4602,Strandgata 30,6900,61.6,5.03,", ",5001,Munkegata 1,7010,61.6,5.03,");

    EditorClient.Text refused = editor.importCsv("groups", moved);

    assertThat(refused.status()).isEqualTo(400);
    JsonNode detail = editor.tree(refused.body()).at("/details/0");
    assertThat(detail.get("field").asText()).isEqualTo("lat");
    assertThat(detail.get("message").asText())
        .matches(
            "line 2: lat/lon are \\d+ km from postnummer 7010 Trondheim; clear them to place the"
                + " group at the postnummer, or correct them");
    assertThat(api.get("/api/v1/groups/sorggruppe-kinn").body().get("kommunenummer").asText())
        .isEqualTo("4602");

    String cleared = moved.replace(",7010,61.6,5.03,", ",7010,,,");
    EditorClient.Text imported = editor.importCsv("groups", cleared);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode group = api.get("/api/v1/groups/sorggruppe-kinn").body();
    assertThat(group.get("lat").asDouble()).isBetween(63.4, 63.5);
  }

  @Test
  void aPostnummerFarFromTheKommuneIsA400AndANeighboursIsFine() {
    ObjectNode g = api.engine.json().valueToTree(Fixtures.fullGroup());
    g.put("postnummer", "7010");
    g.remove(List.of("lat", "lon"));

    ApiServer.Reply r = editor.json("PUT", "/api/v1/groups/sorggruppe-kinn", g, "Kari");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/field").asText()).isEqualTo("postnummer");
    assertThat(r.body().at("/details/0/message").asText())
        .startsWith("'7010 Trondheim' is in Trondheim (5001), not in kommunenummer 4602");

    // A postnummer area may reach over the border: Bærum's 1337 on a group in Oslo is stored.
    ObjectNode oslo = api.engine.json().valueToTree(Fixtures.fullGroup());
    oslo.put("kommunenummer", "0301");
    oslo.put("postnummer", "1337");
    oslo.remove(List.of("lat", "lon"));
    ApiServer.Reply near = editor.json("PUT", "/api/v1/groups/sorggruppe-kinn", oslo, "Kari");
    assertThat(near.status()).as(near.body().toString()).isIn(200, 201);
  }
}
