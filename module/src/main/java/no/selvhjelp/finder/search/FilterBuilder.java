package no.selvhjelp.finder.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.document.LatLonPoint;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermInSetQuery;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/**
 * The non-scoring part of a search: published only, OR within a filter, AND across filters.
 *
 * <p>Place filters (kommune, fylke, distance) always let digital groups through. A visitor in a
 * small kommune may have no group nearby, and a digital group is open to them wherever they live;
 * hiding it behind "not in your kommune" would leave them with nothing. A client that wants only
 * groups that meet in person asks for {@code format=physical} (and {@code hybrid}).
 */
final class FilterBuilder {
  /** A dimension whose own filter is left out when counting its facet (drill sideways). */
  enum Dim {
    THEME,
    LANGUAGE,
    FORMAT,
    KOMMUNE,
    FYLKE
  }

  private FilterBuilder() {}

  static Query filters(GroupQuery q, Set<Dim> leaveOut) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true")), BooleanClause.Occur.FILTER);
    anyOf(b, LuceneSchema.THEME, leaveOut.contains(Dim.THEME) ? List.of() : q.themes());
    anyOf(b, LuceneSchema.LANGUAGE, leaveOut.contains(Dim.LANGUAGE) ? List.of() : q.languages());
    anyOf(b, LuceneSchema.FORMAT, leaveOut.contains(Dim.FORMAT) ? List.of() : q.formats());
    anyOf(b, LuceneSchema.STATUS, q.statuses());
    Query place = place(q, leaveOut);
    if (place != null) {
      b.add(place, BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  static Query filters(GroupQuery q) {
    return filters(q, EnumSet.noneOf(Dim.class));
  }

  private static Query place(GroupQuery q, Set<Dim> leaveOut) {
    BooleanQuery.Builder located = new BooleanQuery.Builder();
    int clauses = 0;
    if (!leaveOut.contains(Dim.KOMMUNE) && !q.kommuner().isEmpty()) {
      located.add(termsQuery(LuceneSchema.KOMMUNE, q.kommuner()), BooleanClause.Occur.FILTER);
      clauses++;
    }
    if (!leaveOut.contains(Dim.FYLKE) && !q.fylker().isEmpty()) {
      located.add(termsQuery(LuceneSchema.FYLKE, q.fylker()), BooleanClause.Occur.FILTER);
      clauses++;
    }
    if (q.near() != null && q.radiusKm() != null) {
      located.add(
          LatLonPoint.newDistanceQuery(
              LuceneSchema.GEO, q.near().lat(), q.near().lon(), q.radiusKm() * 1000),
          BooleanClause.Occur.FILTER);
      clauses++;
    }
    if (clauses == 0) {
      return null;
    }
    BooleanQuery.Builder placeOrDigital = new BooleanQuery.Builder();
    placeOrDigital.add(located.build(), BooleanClause.Occur.SHOULD);
    placeOrDigital.add(
        new TermQuery(new Term(LuceneSchema.FORMAT, "digital")), BooleanClause.Occur.SHOULD);
    return placeOrDigital.build();
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (!values.isEmpty()) {
      b.add(termsQuery(field, values), BooleanClause.Occur.FILTER);
    }
  }

  private static Query termsQuery(String field, List<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }
}
