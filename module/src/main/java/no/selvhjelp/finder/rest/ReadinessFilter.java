package no.selvhjelp.finder.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Until the repository and index are ready, the API (and the standalone server's pages, which
 * search too) answer 503 with Retry-After instead of half-answers.
 */
@Provider
@PreMatching
public final class ReadinessFilter implements ContainerRequestFilter {
  private final Readiness readiness;

  public ReadinessFilter(Readiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!readiness.isReady() && needsEngine(request.getUriInfo().getPath())) {
      request.abortWith(
          Response.fromResponse(
                  Errors.json(503, "Starting: " + readiness.state() + ". Try again shortly."))
              .header("Retry-After", "5")
              .build());
    }
  }

  private static boolean needsEngine(String path) {
    return path.startsWith("api/") || path.startsWith("embed/") || path.isEmpty();
  }
}
