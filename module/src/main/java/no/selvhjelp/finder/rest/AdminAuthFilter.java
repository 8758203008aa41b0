package no.selvhjelp.finder.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Runs before any write: without a valid {@code Authorization: Bearer} token, 401 and nothing
 * changes.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public final class AdminAuthFilter implements ContainerRequestFilter {
  private static final String PREFIX = "Bearer ";
  private final TokenVerifier tokens;

  public AdminAuthFilter(TokenVerifier tokens) {
    this.tokens = tokens;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean valid =
        header != null
            && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            && tokens.isValid(header.substring(PREFIX.length()).trim());
    if (!valid) {
      request.abortWith(
          Response.fromResponse(
                  Errors.json(
                      401,
                      header == null
                          ? "This needs the admin token: Authorization: Bearer <token>"
                          : "The token is not valid"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"selvhjelp\"")
              .build());
    }
  }
}
