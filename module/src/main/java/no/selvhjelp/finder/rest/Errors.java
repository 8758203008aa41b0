package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON error responses, built one way everywhere. */
final class Errors {
  private Errors() {}

  static Response json(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(message))
        .build();
  }
}
