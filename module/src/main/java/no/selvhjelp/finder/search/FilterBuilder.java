package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.document.LatLonPoint;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.MatchAllDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermInSetQuery;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/**
 * The non-scoring part of a search: published only, OR within a filter, AND across filters.
 *
 * <p>Place filters (kommune, fylke, distance) let a digital group through where its reach covers
 * the place: a kommune filter where the reach is the whole country, names the kommune, or names its
 * fylke; a fylke filter where the reach is the whole country or names the fylke or one of its
 * kommuner; a postnummer or point where the reach covers the kommune it lies in (whether or not a
 * radius is given: a group for Nord-Norge is not for a visitor in Bergen, however the list is
 * sorted). A visitor in a small kommune may have no group nearby, and a digital group open to them
 * wherever they live must not hide behind "not in your kommune"; one meant for another region must
 * not crowd their list. A client that wants only groups that meet in person asks for {@code
 * format=physical} (and {@code hybrid}).
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

  /** The facet dimensions the query filters on: each is counted without its own filter. */
  static Set<Dim> filtered(GroupQuery q) {
    Set<Dim> dims = EnumSet.noneOf(Dim.class);
    for (Dim dim : Dim.values()) {
      if (!values(q, dim).isEmpty()) {
        dims.add(dim);
      }
    }
    return dims;
  }

  /** The values the query filters a dimension on (empty: no filter). */
  private static List<String> values(GroupQuery q, Dim dim) {
    return switch (dim) {
      case THEME -> q.themes();
      case LANGUAGE -> q.languages();
      case FORMAT -> q.formats();
      case KOMMUNE -> q.kommuner();
      case FYLKE -> q.fylker();
    };
  }

  static Query filters(GroupQuery q, Set<Dim> leaveOut) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true")), BooleanClause.Occur.FILTER);
    for (Dim dim : List.of(Dim.THEME, Dim.LANGUAGE, Dim.FORMAT)) {
      if (!leaveOut.contains(dim)) {
        anyOf(b, field(dim), values(q, dim));
      }
    }
    anyOf(b, LuceneSchema.STATUS, q.statuses());
    course(b, q);
    Query place = place(q, leaveOut);
    if (place != null) {
      b.add(place, BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static String field(Dim dim) {
    return switch (dim) {
      case THEME -> LuceneSchema.THEME;
      case LANGUAGE -> LuceneSchema.LANGUAGE;
      case FORMAT -> LuceneSchema.FORMAT;
      case KOMMUNE -> LuceneSchema.KOMMUNE;
      case FYLKE -> LuceneSchema.FYLKE;
    };
  }

  static Query filters(GroupQuery q) {
    return filters(q, EnumSet.noneOf(Dim.class));
  }

  /** Whether the filters hold a distance around the visitor's point, unlike any other search's. */
  static boolean aroundOwnPoint(GroupQuery q) {
    return q.near() != null && q.radiusKm() != null;
  }

  private static Query place(GroupQuery q, Set<Dim> leaveOut) {
    BooleanQuery.Builder located = new BooleanQuery.Builder();
    BooleanQuery.Builder reached = new BooleanQuery.Builder();
    reached.add(
        new TermQuery(new Term(LuceneSchema.FORMAT, "digital")), BooleanClause.Occur.FILTER);
    int clauses = 0;
    boolean reachClauses = false;
    if (!leaveOut.contains(Dim.KOMMUNE) && !q.kommuner().isEmpty()) {
      located.add(termsQuery(LuceneSchema.KOMMUNE, q.kommuner()), BooleanClause.Occur.FILTER);
      reached.add(
          reachQuery(q.kommuner().stream().map(LuceneSchema::reachKommune).toList()),
          BooleanClause.Occur.FILTER);
      clauses++;
      reachClauses = true;
    }
    if (!leaveOut.contains(Dim.FYLKE) && !q.fylker().isEmpty()) {
      located.add(termsQuery(LuceneSchema.FYLKE, q.fylker()), BooleanClause.Occur.FILTER);
      reached.add(
          reachQuery(q.fylker().stream().map(LuceneSchema::reachFylke).toList()),
          BooleanClause.Occur.FILTER);
      clauses++;
      reachClauses = true;
    }
    if (q.near() != null && q.radiusKm() != null) {
      located.add(
          LatLonPoint.newDistanceQuery(
              LuceneSchema.GEO, q.near().lat(), q.near().lon(), q.radiusKm() * 1000),
          BooleanClause.Occur.FILTER);
      clauses++;
    }
    if (q.placeKommune() != null) {
      reached.add(
          reachQuery(List.of(LuceneSchema.reachKommune(q.placeKommune()))),
          BooleanClause.Occur.FILTER);
      reachClauses = true;
    }
    if (clauses == 0 && !reachClauses) {
      return null;
    }
    if (clauses == 0) {
      // A postnummer without a radius sorts but does not filter the groups that meet somewhere.
      located.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    }
    // A digital group passes by its reach alone, never by the kommune it is run from.
    located.add(
        new TermQuery(new Term(LuceneSchema.FORMAT, "digital")), BooleanClause.Occur.MUST_NOT);
    BooleanQuery.Builder placeOrDigital = new BooleanQuery.Builder();
    placeOrDigital.add(located.build(), BooleanClause.Occur.SHOULD);
    placeOrDigital.add(reached.build(), BooleanClause.Occur.SHOULD);
    return placeOrDigital.build();
  }

  /** A digital group whose reach is the whole country or holds one of {@code terms}. */
  private static Query reachQuery(List<String> terms) {
    List<String> any = new ArrayList<>(terms);
    any.add(LuceneSchema.REACH_ALL);
    return termsQuery(LuceneSchema.REACH, any);
  }

  /** Groups that continue a course, or whose course one of the named contact points runs. */
  private static void course(BooleanQuery.Builder b, GroupQuery q) {
    if (q.afterCourse()) {
      b.add(new TermQuery(new Term(LuceneSchema.AFTER_COURSE, "true")), BooleanClause.Occur.FILTER);
    }
    anyOf(b, LuceneSchema.COURSE_BY, q.courseBy());
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
