package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Import, edit, export, import into an empty repository, export again: nothing is lost, as JSON and
 * as CSV, with Norwegian letters, commas, quotes, line breaks and formula payloads.
 */
class EditorialRoundTripTest {
  private static final List<String> TYPES = List.of("district-offices", "contact-points", "groups");

  private ApiServer source;
  private ApiServer target;
  private EditorClient from;
  private EditorClient to;

  @BeforeEach
  void start() throws Exception {
    source = new ApiServer();
    target = new ApiServer();
    from = new EditorClient(source);
    to = new EditorClient(target);
    assertThat(source.importJson(TrickyContent.batch()).status()).isEqualTo(200);
    ObjectNode edited = (ObjectNode) from.get("/api/v1/admin/groups/sorg-trondheim").body();
    edited.put("summary", "Endra: «sitat», komma, \"hermeteikn\"\nog ny linje");
    edited.put("schedule", "=SUM(A1:A9)");
    assertThat(from.json("PUT", "/api/v1/groups/sorg-trondheim", edited, "Kari").status())
        .isEqualTo(200);
    // an unpublished item must survive the trip too
    assertThat(from.post("/api/v1/admin/groups/sorg-trondheim/unpublish").status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    source.close();
    target.close();
  }

  @Test
  void jsonExportImportedIntoAnEmptyRepositoryExportsTheSame() {
    String exported = from.export();
    JsonNode tree = from.tree(exported);
    assertThat(tree.at("/groups/0/schedule").asText()).isEqualTo("=SUM(A1:A9)");
    assertThat(tree.at("/groups/0/published").asBoolean()).isFalse();
    assertThat(tree.at("/districtOffices/0/contacts")).hasSize(2);

    EditorClient.Text imported =
        to.call("POST", "/api/v1/import", exported, "application/json", ApiServer.TOKEN, null);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    assertThat(to.export()).isEqualTo(exported);
  }

  @Test
  void csvExportsImportedIntoAnEmptyRepositoryExportTheSameCsvAndJson() {
    for (String type : TYPES) {
      String csv = from.exportCsv(type);
      EditorClient.Text imported = to.importCsv(type, csv);
      assertThat(imported.status()).as(type + ": " + imported.body()).isEqualTo(200);
    }
    for (String type : TYPES) {
      assertThat(to.exportCsv(type)).as(type).isEqualTo(from.exportCsv(type));
    }
    assertThat(to.tree(to.export())).isEqualTo(from.tree(from.export()));
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunStartWithAnApostrophe() {
    String groups = from.exportCsv("groups");
    assertThat(groups).startsWith("\uFEFFid,title,");
    assertThat(groups).contains(",'=cmd|' /C calc'!A0,");
    assertThat(groups).contains("'=SUM(A1:A9)");
    assertThat(groups).contains("\"'+Ola, \"\"Nordmann\"\"\"");
    assertThat(groups).contains("'-Kjelleren");
    assertThat(groups).contains("sorg|ensomhet").contains("nb|nn|ar");
    String offices = from.exportCsv("district-offices");
    assertThat(offices).contains("contacts.1.name,contacts.1.role");
    assertThat(offices).contains("contacts.2.name");
    assertThat(offices).contains("'=1+1").contains("'-rådgjevar").contains("'@kontoret");
    String points = from.exportCsv("contact-points");
    assertThat(points)
        .contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"klikk\"\")\r\nAndre linje\"");
  }

  @Test
  void csvImportProblemsNameTheirLineAndNothingIsStored() {
    String csv =
        "id,title,themes,languages,format,kommunenummer,status,lat,lon\r\n"
            + "fin,\"Ei fin gruppe,\nover to linjer\",sorg,nb,digital,0301,open,,\r\n"
            + "feil,Feil,sorg,nb,telepati,0301,open,ikkje-tal,10\r\n";
    EditorClient.Text r = to.importCsv("groups", csv);
    assertThat(r.status()).isEqualTo(400);
    JsonNode details = to.tree(r.body()).get("details");
    assertThat(details)
        .extracting(d -> d.get("message").asText())
        .allMatch(m -> m.startsWith("line 4: "));
    assertThat(details).extracting(d -> d.get("field").asText()).contains("lat");
    assertThat(to.tree(to.export()).get("groups")).isEmpty();

    String fixed = csv.replace("telepati", "hybrid").replace("ikkje-tal,10", "59.9,10.7");
    assertThat(to.importCsv("groups", fixed).status()).isEqualTo(200);
    assertThat(to.get("/api/v1/admin/groups/fin").body().get("title").asText())
        .isEqualTo("Ei fin gruppe,\nover to linjer");
  }

  @Test
  void csvWithAnUnknownColumnOrAMissingTypeAnswers400() {
    EditorClient.Text unknown = to.importCsv("groups", "id,tittel\r\nx,y\r\n");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("tittel").contains("line 1");
    EditorClient.Text noType =
        to.call("POST", "/api/v1/admin/import.csv", "id\r\n", "text/csv", ApiServer.TOKEN, null);
    assertThat(noType.status()).isEqualTo(400);
    assertThat(to.tree(noType.body()).at("/details/0/field").asText()).isEqualTo("type");
  }
}
