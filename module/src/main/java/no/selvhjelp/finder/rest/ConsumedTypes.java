package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which body types each route takes, read once from the resources' {@code @Path} and {@code
 * Consumes} annotations, so that a 415 can say what to send. The container rejects the request
 * before any resource is matched, so the answer cannot come from the request's matched method.
 */
final class ConsumedTypes {
  private record Route(Pattern path, String verb, List<String> types) {}

  private final List<Route> routes = new ArrayList<>();

  ConsumedTypes(Collection<?> resources) {
    for (Object resource : resources) {
      Path base = resource.getClass().getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method m : resource.getClass().getMethods()) {
        Consumes consumes = m.getAnnotation(Consumes.class);
        String verb = verb(m);
        if (consumes == null || verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String template = trim(base.value()) + (sub == null ? "" : "/" + trim(sub.value()));
        routes.add(new Route(regex(template), verb, Arrays.asList(consumes.value())));
      }
    }
  }

  /** The types a request to {@code path} with {@code verb} may send; empty if none is known. */
  Set<String> of(String verb, String path) {
    Set<String> types = new TreeSet<>();
    String p = trim(path);
    for (Route r : routes) {
      if (r.verb().equals(verb) && r.path().matcher(p).matches()) {
        types.addAll(r.types());
      }
    }
    return types;
  }

  private static String verb(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static Pattern regex(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("\\{[^}]*}", -1)) {
      if (!regex.isEmpty() || template.startsWith("{")) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private static String trim(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
