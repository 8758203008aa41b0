package no.selvhjelp.finder.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV form of the content model: neutralised formulas, lists, sub-models, line numbers. */
class CsvCodecTest {
  private final ObjectMapper json = Json.newMapper();
  private final ContentModel model = ContentModel.load();
  private final CsvCodec csv = new CsvCodec(json);

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+47 900", "-5", "@SUM(A1)", "\tx", "\rx", "'sitat", "''"})
  void cellsASpreadsheetWouldRunGetOneApostropheThatReadingRemoves(String cell) {
    String written = CsvCodec.neutralise(cell);
    assertThat(written).isEqualTo("'" + cell);
    assertThat(CsvCodec.unneutralise(written)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sorg", "æøå", "", "1=1", "a'b"})
  void harmlessCellsAreWrittenAsTheyAre(String cell) {
    assertThat(CsvCodec.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void anOfficeWithTwoContactsReadsBackAsItWasWritten() throws Exception {
    JsonNode office =
        json.readTree(
            """
            {"id":"vest","name":"Vest, \\"kontoret\\"","fylker":["46","11"],
             "description":"=HYPERLINK(\\"x\\")\\nlinje 2",
             "contacts":[{"name":"Åse","role":"-leiar"},{"name":"Per","email":"per@example.org"}]}
            """);
    StringWriter out = new StringWriter();
    csv.write(model.districtOffice(), sink -> sink.accept(office), out);
    assertThat(out.toString()).contains("contacts.2.email");

    CsvCodec.Parsed parsed =
        csv.read(
            model.districtOffice(),
            "districtOffices",
            new StringReader(out.toString()),
            new ProblemList());
    assertThat(parsed.body().get("districtOffices").get(0)).isEqualTo(office);
    assertThat(parsed.lines()).containsExactly(2L);
  }

  @Test
  void cellProblemsAreAllReportedWithTheirLine() throws Exception {
    String text =
        "id,title,lat,closedGroup,contact.email\r\n"
            + "a,\"to\nlinjer\",1.5,true,\r\n"
            + "b,B,nord,kanskje,\r\n";
    ProblemList problems = new ProblemList();
    csv.read(model.group(), "groups", new StringReader(text), problems);
    assertThat(problems.listed())
        .extracting(Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lat", "line 4: 'nord' is not a number"),
            org.assertj.core.groups.Tuple.tuple(
                "closedGroup", "line 4: 'kanskje' is not true or false"));
  }

  @Test
  void theImportsProblemsGetTheLineOfTheirItem() throws Exception {
    CsvCodec.Parsed parsed =
        csv.read(
            model.group(),
            "groups",
            new StringReader("id,title\r\na,\"x\ny\"\r\nb,B\r\n"),
            new ProblemList());
    List<Problem> mapped =
        parsed.withLines(List.of(new Problem("groups", 1, "themes", "is required")));
    assertThat(mapped).extracting(Problem::message).containsExactly("line 4: is required");
  }
}
