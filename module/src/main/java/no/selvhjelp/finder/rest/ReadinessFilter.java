package no.selvhjelp.finder.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import no.selvhjelp.finder.content.Messages;

/**
 * Until the repository and index are ready, the API (and the standalone server's pages, which
 * search too) answer 503 with Retry-After instead of half-answers: JSON for the API and for
 * scripts, a small page in the visitor's language for a browser asking for a page.
 */
@Provider
@PreMatching
public final class ReadinessFilter implements ContainerRequestFilter {
  private static final String HTML = MediaType.TEXT_HTML + "; charset=UTF-8";

  private final Readiness readiness;
  private final Messages messages;

  public ReadinessFilter(Readiness readiness, Messages messages) {
    this.readiness = readiness;
    this.messages = messages;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (readiness.isReady() || !needsEngine(path)) {
      return;
    }
    Response answer;
    if (!path.startsWith("api/") && wantsPage(request)) {
      String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
      String retry = request.getUriInfo().getRequestUri().getRawPath();
      if (retry == null || !retry.startsWith("/") || retry.startsWith("//")) {
        retry = "/"; // never a link to another host ("//host/...")
      }
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      String html =
          StartingPage.html(
              messages, Messages.pageLanguageOf(lang), query == null ? retry : retry + "?" + query);
      answer = Response.status(503).type(HTML).entity(html).build();
    } else {
      answer = Errors.json(503, "Starting: " + readiness.state() + ". Try again shortly.");
    }
    request.abortWith(Response.fromResponse(answer).header("Retry-After", "5").build());
  }

  /** A browser navigating to a page (its Accept names HTML); a script's fetch takes JSON. */
  private static boolean wantsPage(ContainerRequestContext request) {
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("text/html");
  }

  private static boolean needsEngine(String path) {
    // A shared link to a group's page must not say "this group is gone" while the index loads.
    return path.startsWith("api/")
        || path.startsWith("embed/")
        || path.startsWith("groups/")
        || path.startsWith("coverage")
        || path.isEmpty();
  }
}
