package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.selvhjelp.finder.editorial.ImportJobs;

/**
 * 503 with {@code Retry-After} when the background import queue is full: the server is busy, not
 * the request wrong, and the same request succeeds later.
 */
@Provider
public final class ImportQueueFullMapper implements ExceptionMapper<ImportJobs.QueueFullException> {
  /** An import of a few thousand groups takes well under a minute. */
  static final int RETRY_AFTER_SECONDS = 30;

  @Override
  public Response toResponse(ImportJobs.QueueFullException e) {
    return Response.fromResponse(Errors.json(503, e.getMessage()))
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }
}
