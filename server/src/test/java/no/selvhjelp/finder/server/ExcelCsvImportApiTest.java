package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CSV as Norwegian Excel saves it ("CSV (semikolonseparert)": Windows-1252, ';' between cells,
 * leading zeros of numbers dropped) imported over real HTTP, with and without a declared charset.
 */
class ExcelCsvImportApiTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String HEADER =
      "id,title,summary,description,themes,languages,format,kommunenummer,status,postnummer\r\n";

  private ApiServer api;
  private EditorClient editor;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private EditorClient.Text post(byte[] body, String contentType) {
    HttpRequest request =
        HttpRequest.newBuilder(api.uri("/api/v1/admin/import.csv?type=groups"))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + ApiServer.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> r =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new EditorClient.Text(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String csv(String row) {
    return HEADER + row + "\r\n";
  }

  private String title(String id) {
    JsonNode g = api.get("/api/v1/groups/" + id).body();
    return g.get("title").asText();
  }

  @Test
  void aWindows1252CsvWithoutACharsetIsReadAsWindows1252() {
    byte[] body =
        csv("sorg-bodo,Sorggruppe i Bodø,Støtte for pårørende,Vi møtes,sorg,nb,physical,1804,open,")
            .getBytes(WINDOWS_1252);

    EditorClient.Text r = post(body, "text/csv");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(title("sorg-bodo")).isEqualTo("Sorggruppe i Bodø");
    assertThat(api.get("/api/v1/groups/sorg-bodo").body().get("summary").asText())
        .isEqualTo("Støtte for pårørende");
  }

  @Test
  void anExplicitWindows1252OrIso88591CharsetIsHonoured() {
    byte[] body =
        csv("aere-gruppe,Ære og skam,S,D,sorg,nb,digital,0301,open,").getBytes(WINDOWS_1252);

    assertThat(post(body, "text/csv; charset=windows-1252").status()).isEqualTo(200);
    assertThat(title("aere-gruppe")).isEqualTo("Ære og skam");

    byte[] latin1 =
        csv("aere-gruppe,Ærlig talt,S,D,sorg,nb,digital,0301,open,")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(post(latin1, "text/csv; charset=ISO-8859-1").status()).isEqualTo(200);
    assertThat(title("aere-gruppe")).isEqualTo("Ærlig talt");
  }

  @Test
  void aBodyThatSaysUtf8ButIsNotIsA400ThatSaysHowToSaveItAndStoresNothing() {
    byte[] body = csv("feil-gruppe,Bodø,S,D,sorg,nb,digital,0301,open,").getBytes(WINDOWS_1252);

    EditorClient.Text r = post(body, "text/csv; charset=UTF-8");

    assertThat(r.status()).isEqualTo(400);
    assertThat(editor.tree(r.body()).at("/details/0/message").asText())
        .contains("not UTF-8", "charset=windows-1252")
        .doesNotContain("Input length");
    assertThat(api.get("/api/v1/groups/feil-gruppe").status()).isEqualTo(404);
  }

  @Test
  void aSemicolonSeparatedCsvIsImported() {
    String semicolons =
        "id;title;summary;description;themes;languages;format;kommunenummer;status;lat;lon\r\n"
            + "semi-gruppe;\"Samtale; sorg\";S;D;sorg|ensomhet;nb;physical;0301;open;59,91;10,75\r\n";

    EditorClient.Text r = post(semicolons.getBytes(WINDOWS_1252), "text/csv");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode g = api.get("/api/v1/groups/semi-gruppe").body();
    assertThat(g.get("title").asText()).isEqualTo("Samtale; sorg");
    assertThat(g.get("themes")).extracting(JsonNode::asText).containsExactly("sorg", "ensomhet");
    assertThat(g.get("lat").asDouble()).isEqualTo(59.91);
  }

  @Test
  void aKommunenummerOrPostnummerThatLostItsLeadingZeroGetsAHint() {
    EditorClient.Text r =
        editor.importCsv("groups", csv("oslo-gruppe,Oslo,S,D,sorg,nb,physical,301,open,150"));

    assertThat(r.status()).isEqualTo(400);
    JsonNode details = editor.tree(r.body()).get("details");
    assertThat(details.findValuesAsText("message"))
        .contains(
            "line 2: must be 4 digits, e.g. 0301, not '301' (a spreadsheet may have dropped the"
                + " leading zero)",
            "line 2: must be 4 digits, e.g. 0150, not '150' (a spreadsheet may have dropped the"
                + " leading zero)");
  }
}
