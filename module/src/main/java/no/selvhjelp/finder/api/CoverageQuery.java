package no.selvhjelp.finder.api;

import java.util.List;

/**
 * Which published groups count for a coverage answer (theme, language, format: OR within, AND
 * across, as in a search) and which kommuner it lists (fylker; empty means all of Norway). The
 * place filters of a search are not here on purpose: coverage is the answer for every place at
 * once.
 */
public record CoverageQuery(
    List<String> themes, List<String> languages, List<String> formats, List<String> fylker) {
  public CoverageQuery {
    themes = List.copyOf(themes);
    languages = List.copyOf(languages);
    formats = List.copyOf(formats);
    fylker = List.copyOf(fylker);
  }

  public static CoverageQuery everything() {
    return new CoverageQuery(List.of(), List.of(), List.of(), List.of());
  }

  /** The same groups, as a search with no text and no place would select them. */
  public GroupQuery asSearch() {
    return new GroupQuery(
        null,
        List.of(),
        List.of(),
        themes,
        languages,
        formats,
        List.of(),
        null,
        null,
        GroupQuery.Sort.TITLE,
        1,
        1,
        "nb");
  }
}
