package no.selvhjelp.finder.server.ops;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The per-address rate limit on search: {@code /api/v1/groups}, {@code /api/v1/suggest} and {@code
 * /embed/groups}. Over the limit is a 429 with {@code Retry-After} (whole seconds) and a message:
 * JSON for the API, a small HTML page for the embed page (a visitor may see it in an iframe). It
 * runs before anything else, so a refused request costs no search.
 */
@Provider
@PreMatching
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

  private final TokenBuckets buckets;
  private final ServerMetrics metrics;

  public SearchRateLimitFilter(TokenBuckets buckets, ServerMetrics metrics) {
    this.buckets = buckets;
    this.metrics = metrics;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!limited(request.getMethod(), path)) {
      return;
    }
    Object address = request.getProperty(ClientAddress.ATTRIBUTE);
    long waitNanos = buckets.take(address == null ? "unknown" : address.toString());
    if (waitNanos == 0) {
      return;
    }
    metrics.rateLimited();
    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999));
    Response.ResponseBuilder r =
        Response.status(429).header("Retry-After", retryAfter).header("Cache-Control", "no-store");
    if (path.startsWith("embed/")) {
      r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(HTML);
    } else {
      r.type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "error",
                  "Too many searches from this address; try again in " + retryAfter + " s"));
    }
    request.abortWith(r.build());
  }

  static boolean limited(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.equals("api/v1/groups") || p.equals("api/v1/suggest") || p.equals("embed/groups");
  }
}
