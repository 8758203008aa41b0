package no.selvhjelp.finder.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Any kommune site may read the public API from its own origin, so GET is open to all origins; so
 * are the page components' fragments ({@code /embed/...?fragment=true}, which the widget inserts)
 * and the web resources. Nothing else is: a preflight answers that only GET is allowed, so browsers
 * never send writes cross-origin (writes also need the admin token). Decided by the matched {@link
 * Route}, after matching, so that {@code /api/v1;x/admin/...} is as closed as {@code
 * /api/v1/admin/...}; an unmatched path gets no CORS header at all.
 */
@Provider
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;

  /**
   * A preflight, before matching (the container answers OPTIONS itself, with no resource of ours to
   * name the route): it only lets the browser send the GET, whose own matched route then decides
   * whether the page may read the answer.
   */
  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Origin") != null
        && Route.ofPath(request.getUriInfo().getPath()).isPublicApiOrEmbed()) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Origin", "*")
              .header("Access-Control-Allow-Methods", "GET")
              .header("Access-Control-Max-Age", "86400")
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        && openToAllOrigins(request, Route.of(request, resource, uri))) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    }
  }

  private static boolean openToAllOrigins(ContainerRequestContext request, Route route) {
    if (route.isUnder("embed")) {
      // Full embed pages are for iframes and links; only fragments are read by scripts.
      return "true".equals(request.getUriInfo().getQueryParameters().getFirst("fragment"));
    }
    return route.isPublicApiOrEmbed();
  }
}
