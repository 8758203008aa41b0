package no.selvhjelp.finder.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Any kommune site may read the public API from its own origin, so GET is open to all origins; so
 * are the page components' fragments ({@code /embed/...?fragment=true}, which the widget inserts)
 * and the web resources. Nothing else is: a preflight answers that only GET is allowed, so browsers
 * never send writes cross-origin (writes also need the admin token).
 */
@Provider
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Origin") != null
        && openPath(request.getUriInfo().getPath())) {
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
        && openToAllOrigins(request)) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    }
  }

  private static boolean openPath(String path) {
    if (path.startsWith("api/v1/admin")) {
      return false; // the operator's, never another site's
    }
    return path.startsWith("api/") || path.startsWith("embed/") || path.startsWith(".resources/");
  }

  private static boolean openToAllOrigins(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("embed/")) {
      // Full embed pages are for iframes and links; only fragments are read by scripts.
      return "true".equals(request.getUriInfo().getQueryParameters().getFirst("fragment"));
    }
    return openPath(path);
  }
}
