package no.selvhjelp.finder.search;

import java.io.IOException;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.geo.GeoEncodingUtils;
import no.selvhjelp.finder.shaded.lucene.index.DocValues;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.SortedNumericDocValues;
import no.selvhjelp.finder.shaded.lucene.search.DoubleValues;
import no.selvhjelp.finder.shaded.lucene.search.DoubleValuesSource;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.util.SloppyMath;

/**
 * A per-document value computed from the distance between the visitor's point and a group's {@code
 * geo_dv} doc value (ranking by {@link DistanceDecay}, sections by {@link SectionRank}). Lucene has
 * no distance {@code DoubleValuesSource} outside spatial-extras (which needs spatial4j).
 */
abstract class DistanceValuesSource extends DoubleValuesSource {
  protected final double lat;
  protected final double lon;

  DistanceValuesSource(GeoPoint near) {
    this.lat = near.lat();
    this.lon = near.lon();
  }

  /** A document's value from its distance to the visitor, in meters, NaN if it has no point. */
  protected interface PerDoc {
    double value(int doc, double meters) throws IOException;
  }

  /** The value function for one leaf (it may read the leaf's other doc values, in doc order). */
  protected abstract PerDoc perDoc(LeafReaderContext ctx) throws IOException;

  @Override
  public final DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores)
      throws IOException {
    SortedNumericDocValues points = DocValues.getSortedNumeric(ctx.reader(), LuceneSchema.GEO_DV);
    PerDoc perDoc = perDoc(ctx);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = perDoc.value(doc, points.advanceExact(doc) ? meters(points) : Double.NaN);
        return true;
      }
    };
  }

  private double meters(SortedNumericDocValues points) throws IOException {
    long encoded = points.nextValue();
    double docLat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
    double docLon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
    return SloppyMath.haversinMeters(lat, lon, docLat, docLon);
  }

  @Override
  public final boolean needsScores() {
    return false;
  }

  @Override
  public final DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }
}
