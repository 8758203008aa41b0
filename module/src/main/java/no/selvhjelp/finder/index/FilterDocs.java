package no.selvhjelp.finder.index;

import java.util.Objects;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.ConstantScoreScorer;
import no.selvhjelp.finder.shaded.lucene.search.ConstantScoreWeight;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.QueryVisitor;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.Weight;
import no.selvhjelp.finder.shaded.lucene.util.BitSetIterator;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * A filter answered from the documents its searcher read for it once ({@link
 * GroupSearcher#filterBits}), for that searcher's reader only. It stands where the filter would
 * stand in a query, so a search walks a bit set instead of the filter's postings, and takes no lock
 * shared with other searches on the way: Lucene's query cache, which did this before, is a
 * synchronized map entered for every filter clause and segment, and under 32 concurrent searches
 * threads waited on it for 10 ms and more (issue 13).
 *
 * <p>The sets leave deleted documents out, as a search does.
 */
final class FilterDocs extends Query {
  private final Query filter;
  private final FixedBitSet[] bits;
  private final IndexReader reader;

  /**
   * @param bits per leaf ord of {@code reader}, the documents that pass {@code filter}
   */
  FilterDocs(Query filter, FixedBitSet[] bits, IndexReader reader) {
    this.filter = filter;
    this.bits = bits;
    this.reader = reader;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    if (searcher.getIndexReader() != reader) {
      throw new IllegalStateException("A filter's documents belong to the reader that read them");
    }
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) {
        FixedBitSet set = bits[ctx.ord];
        int cost = set.cardinality();
        if (cost == 0) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(set, cost));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already in memory, and only for this reader
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    filter.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "docs(" + filter.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && filter.equals(((FilterDocs) other).filter)
        && reader == ((FilterDocs) other).reader;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), filter, reader);
  }
}
