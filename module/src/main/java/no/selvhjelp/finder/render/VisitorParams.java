package no.selvhjelp.finder.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A visitor's query parameters, in order, immutable: the input of a component and the material of
 * its links (paging, facets), which keep everything the visitor chose and change one thing.
 */
public final class VisitorParams {
  private final Map<String, List<String>> values;

  private VisitorParams(Map<String, List<String>> values) {
    this.values = values;
  }

  public static final VisitorParams NONE = new VisitorParams(Map.of());

  public static VisitorParams of(Map<String, List<String>> params) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (params != null) {
      params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    // A language the pages do not offer is dropped here, so the page falls back to the editor's
    // or Bokmål and no link carries the unknown value on; a known one is written as its code.
    List<String> lang = copy.remove("lang");
    if (lang != null) {
      lang.stream()
          .map(PageLanguage::normalise)
          .filter(Objects::nonNull)
          .findFirst()
          .ifPresent(code -> copy.put("lang", List.of(code)));
    }
    return new VisitorParams(copy);
  }

  /** The first non-blank value, stripped, or null. */
  public String first(String name) {
    for (String v : values.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Every value, comma-separated ones split, blanks dropped: how the search reads filters. */
  public List<String> split(String name) {
    List<String> result = new ArrayList<>();
    for (String raw : values.getOrDefault(name, List.of())) {
      for (String v : raw.split(",")) {
        if (!v.isBlank() && !result.contains(v.strip())) {
          result.add(v.strip());
        }
      }
    }
    return result;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public VisitorParams with(String name, List<String> newValues) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    copy.put(name, List.copyOf(newValues));
    return new VisitorParams(copy);
  }

  public VisitorParams with(String name, String value) {
    return with(name, List.of(value));
  }

  public VisitorParams without(String... names) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    for (String name : names) {
      copy.remove(name);
    }
    return new VisitorParams(copy);
  }

  /**
   * Adds the value to the filter, or removes it if it is there: a facet link. Removing the last
   * value leaves the parameter empty rather than absent, because absent means "the editor's
   * default" and the visitor has just said "none".
   */
  public VisitorParams toggled(String name, String value) {
    List<String> current = new ArrayList<>(split(name));
    if (!current.remove(value)) {
      current.add(value);
    }
    return with(name, current.isEmpty() ? List.of("") : current);
  }

  /** Drops parameters that carry no value (an empty form field), except those named. */
  public VisitorParams withoutBlank(Set<String> keep) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (name, list) -> {
          if (keep.contains(name) || list.stream().anyMatch(v -> !v.isBlank())) {
            copy.put(name, list);
          }
        });
    return new VisitorParams(copy);
  }

  public Map<String, List<String>> asMap() {
    return values;
  }

  /**
   * A relative link: the path and these parameters (and the path's fragment, if it has one). Blank
   * values are left out, but a parameter with only blank values is kept as {@code name=} (see
   * {@link #toggled}).
   */
  public String href(String path) {
    // A fragment in the path ("/#shf-group-finder-count") goes after the query, where it belongs.
    int hash = path.indexOf('#');
    String fragment = hash < 0 ? "" : path.substring(hash);
    String bare = hash < 0 ? path : path.substring(0, hash);
    return hrefWithoutFragment(bare) + fragment;
  }

  private String hrefWithoutFragment(String path) {
    StringBuilder query = new StringBuilder();
    values.forEach(
        (name, list) -> {
          List<String> nonBlank =
              list.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
          for (String v : nonBlank.isEmpty() ? List.of("") : nonBlank) {
            query.append(query.length() == 0 ? '?' : '&');
            query.append(encode(name)).append('=').append(encode(v));
          }
        });
    return path + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
