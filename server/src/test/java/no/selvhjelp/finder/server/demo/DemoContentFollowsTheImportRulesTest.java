package no.selvhjelp.finder.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ImportReader;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The demo is stored without the import's rule checks (only its links are checked), so this checks
 * that it would pass them: an editor who exports the demo and imports it again, or patches one of
 * its groups, must not be refused for content the server made.
 */
class DemoContentFollowsTheImportRulesTest {
  @Test
  void theDemoAsAnImportBodyHasNoProblems() {
    ReferenceData ref = ReferenceData.load();
    ObjectMapper json = Json.newMapper();
    JsonNode body = json.valueToTree(new DemoContent(ref).batch());
    ImportReader reader = new ImportReader(ContentModel.load(), ref, json);

    List<Problem> problems = List.of();
    try {
      reader.read(body);
    } catch (InvalidInputException e) {
      problems = e.problems();
    }
    assertThat(problems).isEmpty();
  }
}
