package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.editorial.ImportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editorial resources' answers, finished before they leave the call, for a host that registers
 * none of the engine's providers (Magnolia; see {@link JsonAnswers} for the read API's side). The
 * call's result is serialised with the engine's mapper, and each exception becomes the response the
 * engine's own mapper gives it on the standalone server ({@link InvalidInputMapper}, {@link
 * ImportQueueFullMapper}, {@link WebApplicationExceptionMapper}, {@link
 * UnexpectedExceptionMapper}), so both hosts answer editors with the same statuses and bodies. No
 * CORS header: editors' answers are not for other sites' pages.
 */
public final class FinishedAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(FinishedAnswers.class);

  /** An editorial resource method, called as it is. */
  @FunctionalInterface
  public interface Call {
    Object answer() throws IOException;
  }

  private final ObjectMapper json;

  public FinishedAnswers(ObjectMapper json) {
    this.json = json;
  }

  public Response of(Call call) {
    try {
      return finished(call.answer());
    } catch (InvalidInputException e) {
      return finished(new InvalidInputMapper().toResponse(e));
    } catch (ImportJobs.QueueFullException e) {
      return finished(new ImportQueueFullMapper().toResponse(e));
    } catch (WebApplicationException e) {
      return finished(
          Response.fromResponse(e.getResponse())
              .entity(ErrorBody.of(WebApplicationExceptionMapper.message(e)))
              .build());
    } catch (IOException | RuntimeException e) {
      // Logged without the query string, like UnexpectedExceptionMapper.
      LOG.error("An editorial request failed", e);
      return finished(
          Errors.json(500, "Internal error; nothing was changed. The error is logged."));
    }
  }

  /** An error in the API's shape, for refusals decided before any resource is called. */
  public Response error(int status, String message) {
    return finished(Errors.json(status, message));
  }

  private Response finished(Object answer) {
    if (!(answer instanceof Response response)) {
      return Response.ok(serialised(answer), MediaType.APPLICATION_JSON_TYPE).build();
    }
    Object entity = response.getEntity();
    if (entity == null || entity instanceof StreamingOutput || entity instanceof String) {
      return response; // an export streams as it is read; nothing to serialise
    }
    return Response.fromResponse(response)
        .entity(serialised(entity))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private String serialised(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise an editorial answer", e);
    }
  }
}
