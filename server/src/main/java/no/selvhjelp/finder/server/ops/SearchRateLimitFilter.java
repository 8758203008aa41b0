package no.selvhjelp.finder.server.ops;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.selvhjelp.finder.rest.Route;

/**
 * The per-address rate limit on search: {@code /api/v1/groups}, {@code /api/v1/suggest}, {@code
 * /embed/groups} and the visitor page {@code /}, which runs the same search. Over the limit is a
 * 429 with {@code Retry-After} (whole seconds) and a message: JSON for the API, a small HTML page
 * for the pages (a visitor may see it in an iframe). It runs after matching, on the matched {@link
 * Route}, so that {@code /api/v1/groups/}, {@code /api/v1/groups;x} and the like count as well, and
 * before the resource, so a refused request costs no search.
 */
@Provider
@Priority(100)
public final class SearchRateLimitFilter implements ContainerRequestFilter {
  /** Enough addresses for a busy day; each costs well under 200 bytes. */
  static final int MAX_ADDRESSES = 100_000;

  private static final String HTML =
      "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
          + "<title>For mange søk</title></head><body><main><h1>For mange søk</h1>"
          + "<p>Det er gjort svært mange søk fra denne adressen. Vent litt og prøv igjen.</p>"
          + "<p lang=\"en\">Too many searches from this address. Please wait a moment and try"
          + " again.</p></main></body></html>";

  /** The routes (matched templates) that run a search. */
  static final Set<String> SEARCHES = Set.of("api/v1/groups", "api/v1/suggest", "embed/groups", "");

  private final TokenBuckets buckets;
  private final ServerMetrics metrics;
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;

  public SearchRateLimitFilter(TokenBuckets buckets, ServerMetrics metrics) {
    this.buckets = buckets;
    this.metrics = metrics;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Route route = Route.of(request, resource, uri);
    if (!limited(request.getMethod(), route)) {
      return;
    }
    long waitNanos = buckets.take(ClientAddress.of(request));
    if (waitNanos == 0) {
      return;
    }
    metrics.rateLimited();
    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999));
    request.abortWith(tooMany(route, retryAfter));
  }

  /** The 429: JSON for the API, the small HTML page for the pages. */
  static Response tooMany(Route route, long retryAfter) {
    Response.ResponseBuilder r =
        Response.status(429).header("Retry-After", retryAfter).header("Cache-Control", "no-store");
    if (!route.isUnder("api")) {
      return r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(HTML).build();
    }
    return r.type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Map.of(
                "error", "Too many searches from this address; try again in " + retryAfter + " s"))
        .build();
  }

  static boolean limited(String method, Route route) {
    return ("GET".equals(method) || "HEAD".equals(method)) && SEARCHES.contains(route.template());
  }
}
