package no.selvhjelp.finder.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.editorial.ImportJobs;
import org.junit.jupiter.api.Test;

/**
 * Editorial answers finished inside the call, as a host without the engine's providers needs them:
 * the same statuses and JSON bodies that the standalone server's mappers give.
 */
class FinishedAnswersTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final FinishedAnswers answers = new FinishedAnswers(Json.newMapper());

  @Test
  void aResultIsSerialisedWithTheEnginesMapper() throws Exception {
    Response r = answers.of(() -> Map.of("day", LocalDate.of(2026, 12, 3)));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    assertThat(body(r).get("day").asText()).isEqualTo("2026-12-03");
    assertThat(r.getHeaderString("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aResponseKeepsItsStatusAndHeadersAndAStreamIsLeftToStream() throws Exception {
    Response accepted =
        answers.of(() -> Response.accepted(Map.of("id", "x")).header("X-A", "1").build());
    assertThat(accepted.getStatus()).isEqualTo(202);
    assertThat(accepted.getHeaderString("X-A")).isEqualTo("1");
    assertThat(body(accepted).get("id").asText()).isEqualTo("x");

    StreamingOutput stream = out -> out.write('x');
    assertThat(answers.of(() -> Response.ok(stream).build()).getEntity()).isSameAs(stream);
  }

  @Test
  void badInputIsA400ListingTheProblemsAndHowManyWereLeftOut() throws Exception {
    Response r =
        answers.of(
            () -> {
              throw new InvalidInputException(
                  "Invalid import", List.of(new Problem("groups", 0, "title", "is required")), 7);
            });
    assertThat(r.getStatus()).isEqualTo(400);
    JsonNode body = body(r);
    assertThat(body.at("/details/0/field").asText()).isEqualTo("title");
    assertThat(body.get("omittedDetails").asInt()).isEqualTo(7);
  }

  @Test
  void aFullImportQueueIsA503WithRetryAfter() throws Exception {
    Response r =
        answers.of(
            () -> {
              throw new ImportJobs.QueueFullException();
            });
    assertThat(r.getStatus()).isEqualTo(503);
    assertThat(r.getHeaderString("Retry-After")).isNotBlank();
    assertThat(body(r).has("error")).isTrue();
  }

  @Test
  void notFoundAndOurFaultsAreJsonErrors() throws Exception {
    Response missing =
        answers.of(
            () -> {
              throw new NotFoundException();
            });
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(body(missing).get("error").asText()).isEqualTo("Not found");

    Response broken =
        answers.of(
            () -> {
              throw new IOException("disk full at /secret/path");
            });
    assertThat(broken.getStatus()).isEqualTo(500);
    assertThat(body(broken).get("error").asText()).doesNotContain("/secret/path");
  }

  private static JsonNode body(Response r) throws IOException {
    return PLAIN.readTree((String) r.getEntity());
  }
}
