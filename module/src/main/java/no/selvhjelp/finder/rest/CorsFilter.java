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
 * Any kommune site may read the public API from its own origin, so GET is open to all origins.
 * Nothing else is: a preflight answers that only GET is allowed, so browsers never send writes
 * cross-origin (writes also need the admin token).
 */
@Provider
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Origin") != null
        && request.getUriInfo().getPath().startsWith("api/")) {
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
        && request.getUriInfo().getPath().startsWith("api/")) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    }
  }
}
