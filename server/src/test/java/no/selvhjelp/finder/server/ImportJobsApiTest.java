package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Background imports: 202 with a Location, progress while they run, the result when done. */
class ImportJobsApiTest {
  private static final int GROUPS = 3_000;
  private static final long TIMEOUT_MS = 300_000; // a shared 2-core machine can be very slow

  private ApiServer api;
  private EditorClient editor;

  @BeforeEach
  void start() throws Exception {
    api = new ApiServer();
    editor = new EditorClient(api);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aLargeImportRunsInTheBackgroundReportingProgressUntilItSucceeds() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < GROUPS; i++) {
      groups.add(
          Fixtures.group(
              "gruppe-" + i, "Generert gruppe " + i, "0301", "digital", List.of("ensomhet")));
    }
    ApiServer.Reply accepted =
        editor.json("POST", "/api/v1/admin/imports", Map.of("groups", groups), "Kari");
    assertThat(accepted.status()).isEqualTo(202);
    String location = accepted.header("Location");
    assertThat(location).contains("/api/v1/admin/jobs/" + accepted.body().get("id").asText());

    String path = location.substring(location.indexOf("/api/"));
    Set<String> phasesSeen = new HashSet<>();
    JsonNode job = editor.get(path).body();
    long start = System.nanoTime();
    while (!job.get("state").asText().equals("succeeded")
        && !job.get("state").asText().equals("failed")) {
      if (job.hasNonNull("phase")) {
        phasesSeen.add(job.get("phase").asText());
        assertThat(job.get("processed").asInt()).isBetween(0, job.get("total").asInt());
      }
      assertThat(System.nanoTime() - start)
          .as("job still running")
          .isLessThan(TIMEOUT_MS * 1_000_000);
      job = editor.get(path).body();
    }

    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.at("/imported/groups").asInt()).isEqualTo(GROUPS);
    assertThat(job.get("processed").asInt()).isEqualTo(job.get("total").asInt());
    assertThat(job.get("finished").asText()).isNotBlank();
    assertThat(phasesSeen).as("progress was visible while it ran").isNotEmpty();
    assertThat(api.engine.store().groupCount()).isEqualTo(GROUPS);
    assertThat(api.get("/api/v1/groups?q=generert&size=1").body().get("total").asInt())
        .isEqualTo(GROUPS);
  }

  @Test
  void anInvalidBackgroundImportFailsWithTheImportsDetailsAndStoresNothing() {
    Group bad = Fixtures.group("feil", "Feil", "9999", "digital", List.of("ensomhet"));
    Group fine = Fixtures.group("fin", "Fin", "0301", "digital", List.of("ensomhet"));
    ApiServer.Reply accepted =
        editor.json("POST", "/api/v1/admin/imports", Map.of("groups", List.of(fine, bad)), null);
    assertThat(accepted.status()).isEqualTo(202);
    String path = "/api/v1/admin/jobs/" + accepted.body().get("id").asText();
    JsonNode job = editor.get(path).body();
    long start = System.nanoTime();
    while (job.get("state").asText().matches("queued|running")) {
      assertThat(System.nanoTime() - start).isLessThan(TIMEOUT_MS * 1_000_000);
      job = editor.get(path).body();
    }
    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.at("/errors/0/index").asInt()).isEqualTo(1);
    assertThat(job.at("/errors/0/field").asText()).isEqualTo("kommunenummer");
    assertThat(api.engine.store().groupCount()).isZero();
  }

  @Test
  void aCsvImportJobNeedsItsTypeAndAnUnknownJobIs404() {
    EditorClient.Text noType =
        editor.call("POST", "/api/v1/admin/imports", "id\r\n", "text/csv", ApiServer.TOKEN, null);
    assertThat(noType.status()).isEqualTo(400);
    assertThat(editor.get("/api/v1/admin/jobs/finst-ikkje").status()).isEqualTo(404);
  }
}
