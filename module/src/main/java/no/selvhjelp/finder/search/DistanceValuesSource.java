package no.selvhjelp.finder.search;

import java.io.IOException;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.shaded.lucene.geo.GeoEncodingUtils;
import no.selvhjelp.finder.shaded.lucene.index.SortedNumericDocValues;
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

  /** Meters from the visitor to the document's point; the caller has advanced {@code points}. */
  protected final double meters(SortedNumericDocValues points) throws IOException {
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
