package no.selvhjelp.finder.jcr;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.QueryResult;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.api.StoreException;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.UserText;

/**
 * The reference search: what stock Magnolia's delivery endpoint does, JCR-SQL2 with {@code
 * CONTAINS} for text and property constraints for filters. JCR has no facets, distance or paging
 * with totals, so those are computed in Java over every match. It stays in the code as the baseline
 * that the Lucene search is measured against (relevance and speed).
 */
public final class JcrGroupSearch implements GroupSearch {
  private final JcrSessions sessions;
  private final ContentModel model;
  private final ReferenceData ref;

  public JcrGroupSearch(JcrSessions sessions, ContentModel model, ReferenceData ref) {
    this.sessions = sessions;
    this.model = model;
    this.ref = ref;
  }

  @Override
  public SearchResult search(GroupQuery q) {
    Session session = null;
    try {
      session = sessions.login();
      List<Match> matches = run(session, q);
      Map<String, List<FacetValue>> facets = facets(matches);
      matches.sort(order(q));
      int from = Math.min(q.offset(), matches.size());
      int to = Math.min(from + q.size(), matches.size());
      List<GroupHit> hits = new ArrayList<>(to - from);
      for (Match m : matches.subList(from, to)) {
        hits.add(m.hit);
      }
      return new SearchResult(matches.size(), q.page(), q.size(), hits, facets);
    } catch (RepositoryException e) {
      throw new StoreException("Search failed", e);
    } finally {
      if (session != null) {
        session.logout();
      }
    }
  }

  /** The baseline has no suggester: JCR cannot complete prefixes cheaply. */
  @Override
  public List<Suggestion> suggest(String prefix, String lang, int max) {
    return List.of();
  }

  private record Match(GroupHit hit, double score, String fylke) {}

  private List<Match> run(Session session, GroupQuery q) throws RepositoryException {
    ValueFactory vf = session.getValueFactory();
    Map<String, Value> binds = new LinkedHashMap<>();
    StringBuilder sql =
        new StringBuilder("SELECT * FROM [")
            .append(model.group().nodeType())
            .append("] AS g WHERE ISDESCENDANTNODE(g, [")
            .append(model.group().rootPath())
            .append("]) AND g.[published] = $published");
    binds.put("published", vf.createValue(true));
    String text = UserText.plainTerms(q.text());
    if (!text.isEmpty()) {
      // Bound, never concatenated, and reduced to plain words: user text is never query syntax.
      sql.append(" AND CONTAINS(g.*, $text)");
      binds.put("text", vf.createValue(text));
    }
    anyOf(sql, binds, vf, "kommunenummer", "k", q.kommuner());
    List<String> fylkeKommuner = new ArrayList<>();
    for (String f : q.fylker()) {
      ref.fylke(f).ifPresent(fylke -> fylkeKommuner.addAll(fylke.kommuner()));
    }
    if (!q.fylker().isEmpty()) {
      anyOf(
          sql,
          binds,
          vf,
          "kommunenummer",
          "fk",
          fylkeKommuner.isEmpty() ? List.of("none") : fylkeKommuner);
    }
    anyOf(sql, binds, vf, "themes", "t", q.themes());
    anyOf(sql, binds, vf, "languages", "l", q.languages());
    anyOf(sql, binds, vf, "format", "f", q.formats());
    anyOf(sql, binds, vf, "status", "s", q.statuses());

    QueryManager qm = session.getWorkspace().getQueryManager();
    Query query = qm.createQuery(sql.toString(), Query.JCR_SQL2);
    for (Map.Entry<String, Value> b : binds.entrySet()) {
      query.bindValue(b.getKey(), b.getValue());
    }
    QueryResult result = query.execute();
    List<Match> matches = new ArrayList<>();
    for (RowIterator rows = result.getRows(); rows.hasNext(); ) {
      Row row = rows.nextRow();
      Match m = toMatch(row.getNode("g"), row.getScore("g"), q);
      if (m != null) {
        matches.add(m);
      }
    }
    return matches;
  }

  private static void anyOf(
      StringBuilder sql,
      Map<String, Value> binds,
      ValueFactory vf,
      String property,
      String prefix,
      List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    sql.append(" AND (");
    for (int i = 0; i < values.size(); i++) {
      String name = prefix + i;
      sql.append(i == 0 ? "" : " OR ").append("g.[").append(property).append("] = $").append(name);
      binds.put(name, vf.createValue(values.get(i)));
    }
    sql.append(')');
  }

  private Match toMatch(Node node, double score, GroupQuery q) throws RepositoryException {
    String kommunenummer = string(node, "kommunenummer");
    Double distance = null;
    if (q.near() != null) {
      if (!node.hasProperty("lat") || !node.hasProperty("lon")) {
        return null;
      }
      double d =
          q.near()
              .distanceKm(node.getProperty("lat").getDouble(), node.getProperty("lon").getDouble());
      if (q.radiusKm() != null && d > q.radiusKm()) {
        return null;
      }
      distance = Math.round(d * 10) / 10.0;
    }
    GroupHit hit =
        new GroupHit(
            node.getName(),
            string(node, "title"),
            string(node, "summary"),
            strings(node, "themes"),
            strings(node, "languages"),
            string(node, "format"),
            kommunenummer,
            ref.displayName(kommunenummer),
            string(node, "status"),
            distance,
            null);
    String fylke = ref.kommune(kommunenummer).map(k -> k.fylkesnummer()).orElse(null);
    return new Match(hit, score, fylke);
  }

  private Comparator<Match> order(GroupQuery q) {
    Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));
    Comparator<Match> byTitle = Comparator.comparing(m -> m.hit.title(), norwegian);
    return switch (q.sort()) {
      case TITLE -> byTitle;
      case DISTANCE ->
          Comparator.<Match>comparingDouble(m -> m.hit.distanceKm()).thenComparing(byTitle);
      case RELEVANCE -> Comparator.<Match>comparingDouble(m -> -m.score).thenComparing(byTitle);
    };
  }

  private static Map<String, List<FacetValue>> facets(List<Match> matches) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("theme", count(matches, m -> m.hit.themes()));
    facets.put("language", count(matches, m -> m.hit.languages()));
    facets.put("kommune", count(matches, m -> listOf(m.hit.kommunenummer())));
    facets.put("fylke", count(matches, m -> listOf(m.fylke)));
    facets.put("format", count(matches, m -> listOf(m.hit.format())));
    return facets;
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<FacetValue> count(List<Match> matches, Function<Match, List<String>> values) {
    Map<String, Long> counts = new TreeMap<>();
    for (Match m : matches) {
      for (String v : values.apply(m)) {
        counts.merge(v, 1L, Long::sum);
      }
    }
    List<FacetValue> result = new ArrayList<>();
    counts.forEach((v, c) -> result.add(new FacetValue(v, c)));
    result.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return result;
  }

  private static String string(Node node, String name) throws RepositoryException {
    return node.hasProperty(name) ? node.getProperty(name).getString() : null;
  }

  private static List<String> strings(Node node, String name) throws RepositoryException {
    if (!node.hasProperty(name)) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Value v : node.getProperty(name).getValues()) {
      result.add(v.getString());
    }
    return result;
  }
}
