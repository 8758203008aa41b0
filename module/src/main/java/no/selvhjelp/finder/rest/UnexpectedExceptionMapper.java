package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of ours (an Error included, so the container never answers with an HTML page): logged
 * with the path (never the query string, which holds visitors' search text) and answered without
 * internals.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String path = uriInfo != null ? uriInfo.getPath() : "?";
    LOG.error("Request to /{} failed", path, e);
    return Errors.json(500, "Internal error; nothing was changed. The error is logged.");
  }
}
