package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.selvhjelp.finder.api.InvalidInputException;

/** Bad input is the caller's to fix: 400 with every problem listed (up to a cap, then counted). */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
  @Override
  public Response toResponse(InvalidInputException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(e))
        .build();
  }

  /** The sentence and every listed problem, saying how many were left out, if any. */
  static ErrorBody body(InvalidInputException e) {
    return e.omitted() == 0
        ? new ErrorBody(e.getMessage(), e.problems())
        : new ErrorBody(
            e.getMessage()
                + " ("
                + e.problems().size()
                + " of "
                + (e.problems().size() + e.omitted())
                + " problems listed)",
            e.problems(),
            e.omitted());
  }
}
