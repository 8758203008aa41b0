package no.selvhjelp.finder.search;

import java.util.Objects;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.index.DocValues;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;

/**
 * How much a text match counts at its distance from the visitor: {@code pivot / (pivot + d)}, 1 at
 * the visitor's door, ½ at {@link #PIVOT_KM}, falling slowly after that. Multiplied into the BM25
 * score (by a {@code FunctionScoreQuery}), so between two equally good matches the nearer wins,
 * while among groups at about the same distance the text still decides. A group with no point (a
 * digital one) keeps its score: it is ranked in its own section anyway.
 *
 * <p>Lucene's own {@code LatLonPoint.newDistanceFeatureQuery} adds its score instead of multiplying
 * it, so its weight would have to be tuned against BM25 scores that vary with the query's length; a
 * factor needs no such tuning.
 */
final class DistanceDecay extends DistanceValuesSource {
  /** Half the score at this distance: a trip most visitors would still make for a weekly group. */
  static final double PIVOT_KM = GroupQuery.NEARBY_KM;

  DistanceDecay(GeoPoint near) {
    super(near);
  }

  static double factor(double km) {
    return PIVOT_KM / (PIVOT_KM + km);
  }

  @Override
  protected PerDoc perDoc(LeafReaderContext ctx) {
    return (doc, meters) -> Double.isNaN(meters) ? 1 : factor(meters / 1000);
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, LuceneSchema.GEO_DV);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistanceDecay d && d.lat == lat && d.lon == lon;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lat, lon);
  }

  @Override
  public String toString() {
    return "distanceDecay(" + lat + "," + lon + ",pivot=" + PIVOT_KM + "km)";
  }
}
