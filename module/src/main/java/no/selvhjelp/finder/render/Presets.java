package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a web editor chose for one component in its dialog ({@code dialogs/components/*.yaml}).
 * Magnolia hands the component's content as a map (its {@code ContentMap}); the standalone server
 * builds one from the embed URL. Either way {@link #from} reads it, so both hosts agree on the
 * property names. A blank value means "not set".
 */
public record Presets(
    String heading,
    String kommune,
    List<String> themes,
    List<String> languages,
    String format,
    Integer pageSize,
    String uiLanguage,
    String groupId,
    String courseBy,
    boolean afterCourse) {

  public static final Presets NONE = new Presets(null, null, null, null, null, null, null, null);

  public Presets {
    themes = themes == null ? List.of() : List.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /**
   * Presets without the course filters. {@code courseBy} (a contact point's id) lists the groups
   * that continue that contact point's courses, "groups after our courses" on its own page; {@code
   * afterCourse} lists every group that continues a course.
   */
  public Presets(
      String heading,
      String kommune,
      List<String> themes,
      List<String> languages,
      String format,
      Integer pageSize,
      String uiLanguage,
      String groupId) {
    this(heading, kommune, themes, languages, format, pageSize, uiLanguage, groupId, null, false);
  }

  /** Reads the dialog's properties; values may be strings, numbers, lists or arrays. */
  public static Presets from(Map<String, ?> content) {
    if (content == null) {
      return NONE;
    }
    return new Presets(
        text(content.get("heading")),
        text(content.get("kommune")),
        list(content.get("themes")),
        list(content.get("languages")),
        text(content.get("format")),
        number(content.get("pageSize")),
        text(content.get("uiLanguage")),
        text(content.get("groupId")),
        text(content.get("courseBy")),
        flag(content.get("afterCourse")));
  }

  /**
   * Presets written as search parameters ({@code kommune}, {@code theme}, {@code language}, {@code
   * format}, {@code size}, {@code lang}, {@code heading}): how an embed URL of the standalone
   * server, which has no editor, states them.
   */
  public static Presets fromQuery(Map<String, List<String>> query) {
    if (query == null) {
      return NONE;
    }
    return new Presets(
        text(query.get("heading")),
        text(query.get("kommune")),
        list(query.get("theme")),
        list(query.get("language")),
        text(query.get("format")),
        number(query.get("size")),
        // In a URL the language is the visitor's too: one the pages do not offer falls back.
        PageLanguage.normalise(text(query.get("lang"))),
        null,
        text(query.get("courseBy")),
        flag(query.get("afterCourse")));
  }

  /** The inverse of {@link #fromQuery}: links that must carry the presets along. */
  public Map<String, List<String>> asQuery() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (heading != null) {
      query.put("heading", List.of(heading));
    }
    if (kommune != null) {
      query.put("kommune", List.of(kommune));
    }
    if (!themes.isEmpty()) {
      query.put("theme", themes);
    }
    if (!languages.isEmpty()) {
      query.put("language", languages);
    }
    if (format != null) {
      query.put("format", List.of(format));
    }
    if (pageSize != null) {
      query.put("size", List.of(String.valueOf(pageSize)));
    }
    if (uiLanguage != null) {
      query.put("lang", List.of(uiLanguage));
    }
    if (courseBy != null) {
      query.put("courseBy", List.of(courseBy));
    }
    if (afterCourse) {
      query.put("afterCourse", List.of("true"));
    }
    return query;
  }

  /** The presets as the templates' {@code content} variable, as Magnolia would give it. */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, "heading", heading);
    put(map, "kommune", kommune);
    if (!themes.isEmpty()) {
      map.put("themes", themes);
    }
    if (!languages.isEmpty()) {
      map.put("languages", languages);
    }
    put(map, "format", format);
    put(map, "pageSize", pageSize);
    put(map, "uiLanguage", uiLanguage);
    put(map, "groupId", groupId);
    put(map, "courseBy", courseBy);
    if (afterCourse) {
      map.put("afterCourse", true);
    }
    return map;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A dialog value as one string, or null when blank. */
  public static String text(Object value) {
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? null : text(c.iterator().next());
    }
    if (value instanceof Object[] a) {
      return a.length == 0 ? null : text(a[0]);
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  /** A dialog value as a list: one string, a list or an array; blank values dropped. */
  public static List<String> list(Object value) {
    Collection<?> values;
    if (value instanceof Collection<?> c) {
      values = c;
    } else if (value instanceof Object[] a) {
      values = Arrays.asList(a);
    } else if (value == null) {
      return List.of();
    } else {
      values = Arrays.asList(value.toString().split(","));
    }
    List<String> result = new ArrayList<>();
    for (Object v : values) {
      String t = text(v);
      if (t != null && !result.contains(t)) {
        result.add(t);
      }
    }
    return result;
  }

  /** A checkbox: Magnolia stores a Boolean, a URL says "true". */
  private static boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return "true".equalsIgnoreCase(text(value));
  }

  private static Integer number(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    String t = text(value);
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      return null; // an editor's typo falls back to the default page size
    }
  }
}
