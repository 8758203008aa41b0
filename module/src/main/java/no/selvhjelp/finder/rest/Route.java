package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;

/**
 * The route a request was matched to, named by its {@code @Path} template without slashes at the
 * ends: {@code api/v1/groups}, {@code api/v1/groups/{id}}, {@code embed/groups}, {@code ""} for the
 * visitor page. Filters decide by this, never by the raw path: {@code /api/v1/groups/}, {@code
 * /api/v1/groups;x} and {@code /api/v1;x/admin/stale} reach the same resources as their plain
 * forms, so a string prefix on the raw path disagrees with routing. Computed once per request from
 * the matched resource and kept as a request property ({@link #PROPERTY}), where the container
 * (metrics) can read it after the response.
 */
public record Route(String template, boolean admin) {
  /** The request property (a Grizzly request attribute in the standalone server). */
  public static final String PROPERTY = "no.selvhjelp.finder.route";

  /**
   * The request's route; available in post-matching filters, response filters and exception
   * mappers. {@code resource} is the injected {@link ResourceInfo}, {@code uri} the injected {@link
   * UriInfo}. Where no resource of ours matched (a 404, a 405, Jersey's automatic OPTIONS), the
   * route is {@link #ofPath normalised} from the path, so an error page under {@code /embed/} may
   * still be framed; such a route is never stored, so metrics see only matched routes.
   */
  public static Route of(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
    Object known = request.getProperty(PROPERTY);
    if (known instanceof Route route) {
      return route;
    }
    Route route = match(resource);
    if (route != null) {
      request.setProperty(PROPERTY, route);
      return route;
    }
    return ofPath(request.getUriInfo().getPath());
  }

  /**
   * The route a path would name if nothing matched it: segments without their {@code ;parameters},
   * empty segments dropped. Only for requests that reach no resource of ours, where no decision
   * protects anything: a preflight only lets a browser ask, the real response's own route decides
   * whether it may read the answer.
   */
  public static Route ofPath(String path) {
    StringBuilder template = new StringBuilder();
    for (String segment : path.split("/")) {
      int semicolon = segment.indexOf(';');
      String name = semicolon >= 0 ? segment.substring(0, semicolon) : segment;
      if (!name.isEmpty()) {
        template.append(template.length() == 0 ? "" : "/").append(name);
      }
    }
    String t = template.toString();
    return new Route(t, under(t, "api/v1/admin"));
  }

  private static Route match(ResourceInfo resource) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (type == null || !type.isAnnotationPresent(Path.class)) {
      return null; // not ours: nothing matched, or the container's own handler
    }
    String template = trim(type.getAnnotation(Path.class).value());
    if (method != null && method.isAnnotationPresent(Path.class)) {
      String sub = trim(method.getAnnotation(Path.class).value());
      template = template.isEmpty() ? sub : sub.isEmpty() ? template : template + "/" + sub;
    }
    boolean admin =
        under(template, "api/v1/admin")
            || type.isAnnotationPresent(AdminOnly.class)
            || (method != null && method.isAnnotationPresent(AdminOnly.class));
    return new Route(template, admin);
  }

  /** The template is {@code prefix} or lies below it, segment by segment. */
  public boolean isUnder(String prefix) {
    return under(template, prefix);
  }

  public boolean is(String other) {
    return other.equals(template);
  }

  /** Public to any site: the read API, the embed pages and the web resources, never admin. */
  public boolean isPublicApiOrEmbed() {
    return !admin && (isUnder("api") || isUnder("embed") || isUnder(".resources"));
  }

  private static boolean under(String template, String prefix) {
    return template.equals(prefix) || template.startsWith(prefix + "/");
  }

  private static String trim(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
