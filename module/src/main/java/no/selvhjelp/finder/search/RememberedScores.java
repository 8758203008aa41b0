package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.ReaderScores;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.Explanation;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.QueryVisitor;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.Weight;

/**
 * A part of a text query (one word over every field) whose matches and scores are remembered per
 * reader ({@link ReaderScores}): the first search with the word scores it as the wrapped query
 * would, every later one on the same reader reads the scores back. The scores are the wrapped
 * query's own, computed with the same boost, so a search ranks exactly as without this.
 *
 * <p>Lucene's query cache keeps only which documents a filter matches, not scores; this keeps both
 * for the parts of a query that recur across searches whose whole differs.
 */
final class RememberedScores extends Query {
  private final Query part;

  /**
   * Lucene's disjunctions work their hash out again on every call, over every clause below them; a
   * search hashes its parts several times (its scores' key, the clause sets of the queries around
   * it), which was 3% of a search at 10,000 groups (issue 13). The part never changes.
   */
  private final int hash;

  RememberedScores(Query part) {
    this.part = Objects.requireNonNull(part);
    this.hash = classHash() * 31 + part.hashCode();
  }

  Query part() {
    return part;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!(searcher instanceof GroupSearcher groupSearcher)) {
      return searcher.createWeight(searcher.rewrite(part), scoreMode, boost);
    }
    ReaderScores remembered = groupSearcher.scores();
    Key key = new Key(this, boost);
    ReaderScores.Leaf[] leaves = remembered.get(key);
    if (leaves == null) {
      leaves = score(searcher, boost);
      remembered.put(key, leaves);
    }
    return new RememberedWeight(searcher, boost, leaves);
  }

  /** Every leaf's matches and scores, from the wrapped query. */
  private ReaderScores.Leaf[] score(IndexSearcher searcher, float boost) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(part), ScoreMode.COMPLETE, boost);
    List<LeafReaderContext> contexts = searcher.getIndexReader().leaves();
    ReaderScores.Leaf[] leaves = new ReaderScores.Leaf[contexts.size()];
    for (LeafReaderContext ctx : contexts) {
      Scorer scorer = weight.scorer(ctx);
      if (scorer == null) {
        leaves[ctx.ord] = ReaderScores.Leaf.EMPTY;
        continue;
      }
      int[] docs = new int[16];
      float[] scores = new float[16];
      int n = 0;
      float max = 0f;
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, n * 2);
          scores = Arrays.copyOf(scores, n * 2);
        }
        float score = scorer.score();
        docs[n] = doc;
        scores[n++] = score;
        max = Math.max(max, score);
      }
      leaves[ctx.ord] =
          new ReaderScores.Leaf(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n), max);
    }
    return leaves;
  }

  /**
   * The part (as this query, whose hash is kept) with the boost its scores were computed with: the
   * same word weighs differently.
   */
  private record Key(RememberedScores query, float boost) {}

  private final class RememberedWeight extends Weight {
    private final IndexSearcher searcher;
    private final float boost;
    private final ReaderScores.Leaf[] leaves;

    RememberedWeight(IndexSearcher searcher, float boost, ReaderScores.Leaf[] leaves) {
      super(RememberedScores.this);
      this.searcher = searcher;
      this.boost = boost;
      this.leaves = leaves;
    }

    @Override
    public Scorer scorer(LeafReaderContext ctx) {
      ReaderScores.Leaf leaf = leaves[ctx.ord];
      return leaf.docs().length == 0 ? null : new LeafScorer(this, leaf);
    }

    @Override
    public int count(LeafReaderContext ctx) {
      return leaves[ctx.ord].docs().length;
    }

    @Override
    public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
      // Rare (debugging only): the wrapped query explains itself.
      return searcher
          .createWeight(searcher.rewrite(part), ScoreMode.COMPLETE, boost)
          .explain(ctx, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false; // already remembered, with scores
    }
  }

  /** Walks one leaf's remembered matches. */
  private static final class LeafScorer extends Scorer {
    private final int[] docs;
    private final float[] scores;
    private final float maxScore;
    private int i = -1;
    private int doc = -1;

    LeafScorer(Weight weight, ReaderScores.Leaf leaf) {
      super(weight);
      this.docs = leaf.docs();
      this.scores = leaf.scores();
      this.maxScore = leaf.maxScore();
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public float score() {
      return scores[i];
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return doc = ++i < docs.length ? docs[i] : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
          if (doc >= target) {
            return nextDoc();
          }
          // Galloping from the current place: targets are close together in a conjunction.
          int lo = i + 1;
          int step = 1;
          int hi = lo;
          while (hi < docs.length && docs[hi] < target) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
          }
          int found = Arrays.binarySearch(docs, lo, Math.min(hi + 1, docs.length), target);
          i = found >= 0 ? found : -found - 1;
          return doc = i < docs.length ? docs[i] : NO_MORE_DOCS;
        }

        @Override
        public long cost() {
          return docs.length;
        }
      };
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    part.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return part.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && hash == ((RememberedScores) other).hash
        && part.equals(((RememberedScores) other).part);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
