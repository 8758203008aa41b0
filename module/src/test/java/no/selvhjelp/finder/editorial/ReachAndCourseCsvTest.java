package no.selvhjelp.finder.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import no.selvhjelp.finder.api.ProblemList;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.Json;
import org.junit.jupiter.api.Test;

/** A digital group's reach and a group's course survive a CSV export and import. */
class ReachAndCourseCsvTest {
  private final ObjectMapper json = Json.newMapper();
  private final ContentModel model = ContentModel.load();
  private final CsvCodec csv = new CsvCodec(json);

  @Test
  void reachAndCourseReadBackAsTheyWereWritten() throws Exception {
    JsonNode group =
        json.readTree(
            """
            {"id":"nord","title":"Digital gruppe for Nord-Norge","themes":["sorg"],
             "languages":["nb"],"format":"digital","kommunenummer":"1804","status":"open",
             "reachFylker":["18","55","56"],"reachKommuner":["4602"],
             "continuesCourse":"Kurs i depresjonsmestring (KiD)",
             "courseContactPointId":"lms-unn"}
            """);
    StringWriter out = new StringWriter();
    csv.write(model.group(), sink -> sink.accept(group), out);
    String text = out.toString();
    assertThat(text.lines().findFirst().orElseThrow())
        .contains("reachFylker", "reachKommuner", "continuesCourse", "courseContactPointId");
    assertThat(text).contains("18|55|56");

    CsvCodec.Parsed parsed =
        csv.read(model.group(), "groups", new StringReader(text), new ProblemList());
    assertThat(parsed.body().get("groups").get(0)).isEqualTo(group);
  }

  @Test
  void aGroupWithoutReachHasEmptyCellsAndNoReachWhenRead() throws Exception {
    JsonNode group =
        json.readTree(
            """
            {"id":"landet","title":"Digital gruppe","themes":["sorg"],"languages":["nb"],
             "format":"digital","kommunenummer":"0301","status":"open"}
            """);
    StringWriter out = new StringWriter();
    csv.write(model.group(), sink -> sink.accept(group), out);
    JsonNode read =
        csv.read(model.group(), "groups", new StringReader(out.toString()), new ProblemList())
            .body()
            .get("groups")
            .get(0);
    assertThat(read.has("reachFylker")).isFalse();
    assertThat(read.has("continuesCourse")).isFalse();
  }
}
