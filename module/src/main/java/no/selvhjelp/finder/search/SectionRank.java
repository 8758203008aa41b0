package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.Objects;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.index.DocValues;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.NumericDocValues;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.DoubleValues;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.util.BitSetIterator;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * The section of a match when the visitor gave a point without a radius: {@link #LOCAL} for a group
 * that meets within the distance, {@link #DIGITAL}, then {@link #FARTHER} for one that meets
 * farther away or whose place has no point. As the first sort key it lists the groups a visitor can
 * go to, then those they can join online, then the ones they would have to travel to.
 *
 * <p>The static {@code section} doc value (0 meets, 1 digital) cannot say this: the distance
 * depends on the visitor. Counted over the matches once per search (see {@link #countFarther}),
 * read from the same doc values as the sort, so the count and the order never disagree.
 */
final class SectionRank extends DistanceValuesSource {
  static final double LOCAL = 0;
  static final double DIGITAL = 1;
  static final double FARTHER = 2;

  private final double maxMeters;

  SectionRank(GeoPoint near, double nearbyKm) {
    super(near);
    this.maxMeters = nearbyKm * 1000;
  }

  @Override
  protected PerDoc perDoc(LeafReaderContext ctx) throws IOException {
    NumericDocValues sections = DocValues.getNumeric(ctx.reader(), LuceneSchema.SECTION);
    return (doc, meters) -> {
      if (sections.advanceExact(doc) && sections.longValue() == 1) {
        return DIGITAL;
      }
      // A group that meets somewhere the index has no point for is not known to be near.
      return !Double.isNaN(meters) && meters <= maxMeters ? LOCAL : FARTHER;
    };
  }

  /** How many of the matches (per leaf, null for none) fall in the {@link #FARTHER} section. */
  long countFarther(IndexSearcher searcher, FixedBitSet[] matches) throws IOException {
    long farther = 0;
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      if (matches[ctx.ord] == null) {
        continue;
      }
      DoubleValues values = getValues(ctx, null);
      DocIdSetIterator it = new BitSetIterator(matches[ctx.ord], 0);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (values.advanceExact(doc) && values.doubleValue() == FARTHER) {
          farther++;
        }
      }
    }
    return farther;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, LuceneSchema.SECTION, LuceneSchema.GEO_DV);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SectionRank r && r.lat == lat && r.lon == lon && r.maxMeters == maxMeters;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lat, lon, maxMeters);
  }

  @Override
  public String toString() {
    return "sectionRank(" + lat + "," + lon + ",nearby=" + maxMeters + "m)";
  }
}
