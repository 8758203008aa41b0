package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import no.selvhjelp.finder.api.InvalidInputException;

/**
 * The public read API's answers, serialised here with the engine's mapper, errors included. The
 * engine's JAX-RS providers (JsonConfig, the exception mappers, CORS) are registered by the
 * standalone server, but Magnolia builds its REST application itself and does not register them.
 * Answers that are complete when they leave the resource (JSON as UTF-8 bytes) are the same bytes
 * in both hosts: the same dates and nulls, a 400 with the problems for bad input rather than the
 * host's 500, and {@code Access-Control-Allow-Origin: *} for kommune sites (reads only; CORS for
 * everything else stays with {@link CorsFilter}).
 */
public final class JsonAnswers {
  private final ObjectMapper json;

  public JsonAnswers(ObjectMapper json) {
    this.json = json;
  }

  /** 200 with the body as JSON, or the error the body's computation ran into, as JSON. */
  public Response ok(Supplier<?> body) {
    try {
      return answer(Response.ok(), body.get());
    } catch (InvalidInputException e) {
      return answer(
          Response.status(Response.Status.BAD_REQUEST),
          new ErrorBody(e.getMessage(), e.problems()));
    } catch (WebApplicationException e) {
      Response original = e.getResponse();
      return answer(
          Response.status(original.getStatus()),
          ErrorBody.of(WebApplicationExceptionMapper.message(e)));
    }
  }

  private Response answer(Response.ResponseBuilder builder, Object body) {
    try {
      return builder
          .type(MediaType.APPLICATION_JSON_TYPE)
          .header("Access-Control-Allow-Origin", "*")
          // UTF-8 bytes, written once: a String would be encoded again on its way out (and
          // hashed as bytes for the ETag), 4% of a search served over HTTP (issue 13).
          .entity(json.writeValueAsBytes(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise an answer of the read API", e);
    }
  }
}
