package no.selvhjelp.finder.render;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an editor's presets with a visitor's parameters into the parameters of the public search,
 * which {@code rest.SearchParameters} then checks exactly as it checks the API's.
 */
final class SearchRequest {
  private SearchRequest() {}

  /**
   * The finder: the visitor's choices, with the editor's themes, languages, format and page size as
   * defaults the visitor may change, and the editor's kommune as a rule the visitor may not: a
   * kommune's page shows that kommune's groups (and digital ones), whatever the URL says.
   */
  static MultivaluedMap<String, String> finder(
      Presets presets, VisitorParams visitor, PageLanguage language) {
    Map<String, List<String>> merged =
        new LinkedHashMap<>(visitor.without("lang", "fragment").asMap());
    if (presets.kommune() != null) {
      merged.put("kommune", List.of(presets.kommune()));
    }
    defaultTo(merged, "theme", presets.themes());
    defaultTo(merged, "language", presets.languages());
    defaultTo(merged, "format", presets.format() == null ? List.of() : List.of(presets.format()));
    courses(merged, presets);
    if (presets.pageSize() != null) {
      defaultTo(merged, "size", List.of(String.valueOf(presets.pageSize())));
    }
    // The form offers "nearest first" only with a postnummer; a link that keeps the choice after
    // the postnummer is cleared falls back to the default instead of failing.
    if ("distance".equals(visitor.first("sort")) && visitor.first("postnummer") == null) {
      merged.remove("sort");
    }
    // A postnummer and nothing to rank by: nearest first is what the visitor means.
    if (visitor.first("postnummer") != null
        && visitor.first("sort") == null
        && visitor.first("q") == null) {
      merged.put("sort", List.of("distance"));
    }
    merged.put("lang", List.of(language.search()));
    return multi(merged);
  }

  /** The group list: the editor's filters only; the visitor may only turn the page. */
  static MultivaluedMap<String, String> list(
      Presets presets, VisitorParams visitor, PageLanguage language) {
    Map<String, List<String>> merged = new LinkedHashMap<>();
    if (presets.kommune() != null) {
      merged.put("kommune", List.of(presets.kommune()));
    }
    defaultTo(merged, "theme", presets.themes());
    defaultTo(merged, "language", presets.languages());
    defaultTo(merged, "format", presets.format() == null ? List.of() : List.of(presets.format()));
    courses(merged, presets);
    if (presets.pageSize() != null) {
      merged.put("size", List.of(String.valueOf(presets.pageSize())));
    }
    if (visitor.has("page")) {
      merged.put("page", visitor.asMap().get("page"));
    }
    merged.put("sort", List.of("title"));
    merged.put("lang", List.of(language.search()));
    return multi(merged);
  }

  /**
   * A contact point's "groups after our courses" is a rule, like the kommune: its page shows the
   * groups after its own courses whatever the URL says.
   */
  private static void courses(Map<String, List<String>> merged, Presets presets) {
    if (presets.courseBy() != null) {
      merged.put("courseBy", List.of(presets.courseBy()));
    }
    if (presets.afterCourse()) {
      merged.put("afterCourse", List.of("true"));
    }
  }

  private static void defaultTo(Map<String, List<String>> merged, String name, List<String> value) {
    if (!merged.containsKey(name) && !value.isEmpty()) {
      merged.put(name, value);
    }
  }

  private static MultivaluedMap<String, String> multi(Map<String, List<String>> map) {
    MultivaluedMap<String, String> result = new MultivaluedHashMap<>();
    map.forEach((k, v) -> result.put(k, List.copyOf(v)));
    return result;
  }
}
