package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.index.SearcherLease;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.QueryVisitor;
import no.selvhjelp.finder.shaded.lucene.util.automaton.ByteRunAutomaton;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a text query costs is decided by its shape, not timed: a hostile text (issue 13) must become
 * a bounded number of term lookups and no automaton, while visitors' typos still find their groups.
 */
class TextQueryBuilderTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static TextQueryBuilder builder;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(new ImportBatch(null, null, SearchFixtures.groups()));
    engine.syncIndex();
    builder = new TextQueryBuilder(engine.index().analysis(), engine.referenceData());
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void sixteenUnknownLongWordsBecomeABoundedNumberOfTermLookupsAndNoAutomaton() throws Exception {
    Shape shape = shape(hostile(new Random(13)));

    assertThat(shape.automata).as("fuzzy, prefix or other automaton queries").isZero();
    // 16 words × 5 sources × (stemmed + folded) plus the mother-tongue fields: a fixed ceiling,
    // whatever the words are.
    assertThat(shape.terms).isLessThanOrEqualTo(16 * 5 * 4 + 16 * 6 * 2);
  }

  @Test
  void aTextQueryLooksUpOnlyTermsTheIndexHolds() throws Exception {
    // Bokmål, a typo, a compound, Arabic and Ukrainian script, and a hostile text: every term
    // left in the query is one some document holds, since each other term cost a lookup in every
    // segment for nothing.
    for (String text :
        List.of(
            "sorg angst",
            "depresjn",
            "sorggruppe for etterlatte",
            "الحزن",
            "втрата",
            hostile(new Random(13)))) {
      try (SearcherLease lease = engine.index().lease()) {
        Shape shape = new Shape();
        builder.build(text, lease.searcher()).visit(shape);
        for (Term term : shape.looked) {
          assertThat(lease.searcher().getIndexReader().docFreq(term))
              .as("%s in the query for '%s'", term, text)
              .isPositive();
        }
      }
    }
  }

  @Test
  void visitorsTyposInBokmaalAndNynorskStillFindTheirGroups() {
    assertThat(ids("depresjn")).contains("depresjon-tromso");
    assertThat(ids("angts")).contains("angst-oslo");
    assertThat(ids("pårørnde")).contains("parorende-kinn");
    assertThat(ids("einsmd")).contains("einsemd-voss");
    assertThat(ids("sorggrupe")).first().isEqualTo("sorg-bergen");
  }

  @Test
  void aKnownWordIsBuiltOncePerReaderAndAnUnknownWordForEverySearch() throws Exception {
    try (SearcherLease lease = engine.index().lease()) {
      List<Query> first = wordParts(builder.build("sorg depresjn", lease.searcher()));
      List<Query> second = wordParts(builder.build("depresjn sorg", lease.searcher()));
      Query sorg = only(first, "sorg");
      Query typo = only(first, "depres");
      // The known word's query is the one built for the first search, not an equal new one.
      assertThat(only(second, "sorg")).isSameAs(sorg);
      // The typo's alternatives share each search's budget: built again, to the same query.
      assertThat(only(second, "depres")).isNotSameAs(typo).isEqualTo(typo);
    }
  }

  @Test
  void aHostileTextFindsNothingAndDoesNotFail() {
    assertThat(ids(hostile(new Random(7)))).isEmpty();
  }

  private static List<String> ids(String text) {
    return engine.search().search(LuceneGroupSearchTest.query(text).build()).hits().stream()
        .map(GroupHit::id)
        .toList();
  }

  /** Sixteen words of 30 random letters: what an attacker sends (the API's longest text). */
  static String hostile(Random random) {
    List<String> words = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      words.add(b.toString());
    }
    return String.join(" ", words);
  }

  /** The query of each word of a text (what {@link RememberedScores} remembers per word). */
  private static List<Query> wordParts(Query query) {
    List<Query> parts = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            if (parent instanceof RememberedScores r && r.part() instanceof DisjunctionMaxQuery) {
              parts.add(r);
            }
            return this;
          }
        });
    return parts;
  }

  private static Query only(List<Query> parts, String word) {
    List<Query> found = parts.stream().filter(p -> p.toString().contains(word)).toList();
    assertThat(found).as("the query of '%s'", word).hasSize(1);
    return found.get(0);
  }

  private static Shape shape(String text) throws Exception {
    try (SearcherLease lease = engine.index().lease()) {
      Query q = builder.build(text, lease.searcher());
      Shape shape = new Shape();
      q.visit(shape);
      return shape;
    }
  }

  /** Counts the leaves of a query: single terms, and automata (which cost per build). */
  private static final class Shape extends QueryVisitor {
    int terms;
    int automata;
    final List<Term> looked = new ArrayList<>();

    @Override
    public void consumeTerms(Query query, Term... terms) {
      this.terms += terms.length;
      looked.addAll(List.of(terms));
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      automata++;
    }

    @Override
    public QueryVisitor getSubVisitor(
        no.selvhjelp.finder.shaded.lucene.search.BooleanClause.Occur occur, Query parent) {
      return this;
    }
  }
}
