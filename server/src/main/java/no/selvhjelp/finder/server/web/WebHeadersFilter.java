package no.selvhjelp.finder.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.BiConsumer;
import no.selvhjelp.finder.rest.Route;

/**
 * The standalone server's response headers, decided in one place by the matched {@link Route}
 * (never the raw path, which {@code ;params}, trailing slashes and the like make disagree with
 * routing; an unmatched request gets the strictest headers and no caching):
 *
 * <ul>
 *   <li>Security on every response: a strict Content-Security-Policy (our pages need no inline
 *       script or style), {@code nosniff}, and no referrer, so a visitor's search never leaks to a
 *       linked site.
 *   <li>Framing: {@code /embed/*} exists to be framed by any kommune's site ({@code frame-ancestors
 *       *}, no X-Frame-Options); everything else refuses to be framed.
 *   <li>Caching: a strong ETag from a hash of the body (for static assets, the hash made once when
 *       the asset was first read), and {@code If-None-Match} answered with 304, on successful GETs
 *       of the API, the pages and the assets, each with its own max-age.
 *   <li>Length: those answers carry their {@code Content-Length}, so that one over 8 KB is not sent
 *       chunked.
 * </ul>
 *
 * CORS stays with {@code rest.CorsFilter}, shared with the Magnolia host.
 */
@Provider
public final class WebHeadersFilter implements ContainerResponseFilter {
  static final String STRICT_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'";

  private final ObjectMapper json;
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;

  public WebHeadersFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Route route = Route.of(request, resource, uri);
    String path = route.template();
    MultivaluedMap<String, Object> headers = response.getHeaders();
    security(path, headers);
    String method = request.getMethod();
    String cacheControl = route.admin() ? null : cacheControl(path);
    if (response.getStatus() == 200
        && cacheControl != null
        && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        && response.hasEntity()) {
      String etag = givenEtag(response);
      byte[] body;
      if (etag == null) {
        body = bytes(response.getEntity());
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        etag = etag(body);
      } else {
        body = (byte[]) response.getEntity();
      }
      headers.putSingle("ETag", etag);
      headers.putSingle("Cache-Control", cacheControl);
      if (matches(request.getHeaderString("If-None-Match"), etag)) {
        response.setStatus(304);
        response.setEntity(null);
      } else {
        // Its length, known here: without it Jersey sends a body over 8 KB chunked, a second
        // write and a second packet (the last, empty chunk) the client waits for. Jersey's own
        // remedy, a larger buffer, allocates that buffer for every answer, even /health's 30
        // bytes; with it the server was slower at every answer in two load runs (issue 13,
        // docs/benchmarks.md).
        headers.putSingle("Content-Length", body.length);
      }
    } else if (route.admin() || route.is("health") || route.is("metrics")) {
      headers.putSingle("Cache-Control", "no-store");
    }
  }

  private static void security(String path, MultivaluedMap<String, Object> headers) {
    if (path.startsWith("embed/")) {
      headers.remove("X-Frame-Options");
    }
    securityHeaders(path, headers::putSingle);
  }

  /**
   * The security headers for a path (without the leading slash), for responses written outside
   * Jersey too (the malformed-URL guard), so that no answer goes out without them.
   */
  public static void securityHeaders(String path, BiConsumer<String, String> set) {
    if (path.startsWith("embed/")) {
      set.accept("Content-Security-Policy", STRICT_CSP + "; frame-ancestors *");
    } else {
      set.accept("Content-Security-Policy", STRICT_CSP + "; frame-ancestors 'none'");
      set.accept("X-Frame-Options", "DENY");
    }
    set.accept("X-Content-Type-Options", "nosniff");
    set.accept("Referrer-Policy", "no-referrer");
  }

  /**
   * Null where nothing may be cached: the admin API, health, anything unknown. {@code path} is a
   * route template (see {@link Route}).
   */
  static String cacheControl(String path) {
    if (path.startsWith("api/v1/admin") || path.equals("health")) {
      return null;
    }
    if (path.startsWith("api/") || path.startsWith("embed/") || path.isEmpty()) {
      return "public, max-age=60";
    }
    if (path.startsWith(".resources/") || path.equals("widget.js") || path.equals("configure")) {
      return "public, max-age=3600";
    }
    return null;
  }

  /**
   * The tag of a body that came with one: a static asset's bytes, hashed once when first read
   * ({@code StaticAssets}). Only for byte bodies; any other body is serialised and hashed here.
   */
  private static String givenEtag(ContainerResponseContext response) {
    Object tag = response.getHeaders().getFirst("ETag");
    return response.getEntity() instanceof byte[] && tag instanceof String s ? s : null;
  }

  private byte[] bytes(Object entity) {
    if (entity instanceof byte[] b) {
      return b;
    }
    if (entity instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    try {
      // The API's records and maps, written now with the mapper JsonConfig hands to Jersey, so
      // the bytes hashed are the bytes sent.
      return json.writeValueAsBytes(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise the response body", e);
    }
  }

  static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18))
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** If-None-Match holds a list of tags, or {@code *}; weak tags match too (RFC 9110 13.1.2). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
