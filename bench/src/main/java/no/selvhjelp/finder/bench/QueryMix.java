package no.selvhjelp.finder.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * The queries both engines answer, per kind: what visitors type, the same with a kommune or theme
 * filter, filters alone, texts no one sent before and misspellings no one made before ({@link
 * VisitorTexts}), and hostile text (issue 13: sixteen unknown 30-letter words, what an attacker
 * sends to make each search as costly as possible). Kommuner and fylker are taken from the data
 * (those with the most groups), so filtered queries find something even at 1,000 groups. Every
 * query asks for what the API's first page asks for: 10 hits, page 1, facets (and highlight, on
 * Lucene).
 */
final class QueryMix {
  static final int PAGE_SIZE = 10;

  enum Kind {
    TEXT("text"),
    TEXT_FILTER("text + filter"),
    FILTER("filter only"),
    NEW_TEXT("new text"),
    NEW_TYPO("new typo"),
    HOSTILE("hostile text");

    /** What visitors send: the kinds the speed goals and the HTTP mix are about. */
    static final List<Kind> VISITOR = List.of(TEXT, TEXT_FILTER, FILTER);

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  static final List<String> TEXTS =
      List.of(
          "sorg",
          "angst og uro",
          "pårørende",
          "depresjon",
          "einsemd",
          "rusavhengighet",
          "samlivsbrudd",
          "sorggruppe for etterlatte",
          "utbrenthet stress",
          "mestring");

  /** A theme filter for every other text, chosen to fit it. */
  private static final Map<Integer, String> THEME_FOR_TEXT =
      Map.of(1, "angst", 3, "depresjon", 5, "parorende", 7, "sorg", 9, "livsmestring");

  private final Map<Kind, List<GroupQuery>> queries = new LinkedHashMap<>();
  private final HostileTexts hostile = new HostileTexts();
  private final VisitorTexts visitor = new VisitorTexts();

  QueryMix(List<Group> groups, ReferenceData ref) {
    List<String> kommuner = busiest(groups, Group::kommunenummer);
    List<String> fylker =
        busiest(groups, g -> ref.fylkeOf(g.kommunenummer()).map(f -> f.nummer()).orElse(null));

    queries.put(
        Kind.TEXT, TEXTS.stream().map(t -> query(t, List.of(), List.of(), List.of())).toList());

    List<GroupQuery> textFilter = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      String theme = THEME_FOR_TEXT.get(i);
      textFilter.add(
          theme != null
              ? query(TEXTS.get(i), List.of(), List.of(), List.of(theme))
              : query(TEXTS.get(i), List.of(kommuner.get(i / 2)), List.of(), List.of()));
    }
    queries.put(Kind.TEXT_FILTER, List.copyOf(textFilter));

    queries.put(
        Kind.FILTER,
        List.of(
            query(null, List.of(kommuner.get(0)), List.of(), List.of()),
            query(null, List.of(kommuner.get(1)), List.of(), List.of()),
            query(null, List.of(), List.of(fylker.get(0)), List.of()),
            query(null, List.of(), List.of(fylker.get(1)), List.of()),
            query(null, List.of(), List.of(), List.of("sorg")),
            query(null, List.of(), List.of(), List.of("angst", "depresjon")),
            query(null, List.of(kommuner.get(2)), List.of(), List.of("psykisk-helse")),
            query(null, List.of(), List.of(fylker.get(2)), List.of("rus")),
            query(null, List.of(kommuner.get(3), kommuner.get(4)), List.of(), List.of()),
            query(null, List.of(), List.of(fylker.get(3)), List.of("parorende", "sorg"))));
  }

  /**
   * The queries of a kind. Hostile text, new text and new typos are new on every call, {@link
   * HostileTexts#BLOCK} distinct queries each, so that no query repeats between warm-up and
   * measurement or between the engines: an attacker never repeats one either, and nothing learnt
   * from an earlier one may help.
   */
  List<GroupQuery> of(Kind kind) {
    return switch (kind) {
      case HOSTILE -> hostile.next().stream().map(QueryMix::text).toList();
      case NEW_TEXT -> visitor.newTexts(HostileTexts.BLOCK).stream().map(QueryMix::text).toList();
      case NEW_TYPO -> visitor.newTypos(HostileTexts.BLOCK).stream().map(QueryMix::text).toList();
      default -> queries.get(kind);
    };
  }

  /** A text-only query for one word, as the edit measurements search for the edited title. */
  static GroupQuery text(String text) {
    return query(text, List.of(), List.of(), List.of());
  }

  private static GroupQuery query(
      String text, List<String> kommuner, List<String> fylker, List<String> themes) {
    return new GroupQuery(
        text,
        kommuner,
        fylker,
        themes,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        GroupQuery.Sort.RELEVANCE,
        1,
        PAGE_SIZE,
        "nb");
  }

  /** Values by how many groups carry them, most first; ties by value, so the order is stable. */
  private static List<String> busiest(
      List<Group> groups, java.util.function.Function<Group, String> value) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Group g : groups) {
      String v = value.apply(g);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    List<String> result = new ArrayList<>(counts.keySet());
    result.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
    while (result.size() < 5) {
      result.add(result.get(0)); // tiny data sets: repeat rather than fail
    }
    return result;
  }
}
