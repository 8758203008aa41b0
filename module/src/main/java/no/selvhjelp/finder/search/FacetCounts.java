package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.index.FacetOrdinals;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.search.FilterBuilder.Dim;

/**
 * The facet lists of one answer, from counts per facet ordinal ({@link FacetOrdinals}). Theme,
 * language and format are flat; fylke and kommune are the two levels of one hierarchical "place"
 * dimension. A dimension the visitor has filtered on is read from the counts of its drill-sideways
 * set (the matches without its own filter), so its alternatives stay visible. Values with a count
 * of 0 are left out; the order is by count, then value.
 */
final class FacetCounts {
  private FacetCounts() {}

  /**
   * @param ordinals null for an empty index: every list is empty
   * @param countsFor the counts to read a dimension from (the same array for every dimension
   *     without a filter of its own)
   */
  static Map<String, List<FacetValue>> lists(
      FacetOrdinals ordinals, Function<Dim, int[]> countsFor) {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    if (ordinals == null) {
      for (String dim : List.of("theme", "language", "kommune", "fylke", "format")) {
        result.put(dim, List.of());
      }
      return result;
    }
    result.put("theme", values(ordinals, countsFor.apply(Dim.THEME), LuceneSchema.THEME, 1));
    result.put(
        "language", values(ordinals, countsFor.apply(Dim.LANGUAGE), LuceneSchema.LANGUAGE, 1));
    result.put("kommune", values(ordinals, countsFor.apply(Dim.KOMMUNE), LuceneSchema.PLACE, 2));
    result.put("fylke", values(ordinals, countsFor.apply(Dim.FYLKE), LuceneSchema.PLACE, 1));
    result.put("format", values(ordinals, countsFor.apply(Dim.FORMAT), LuceneSchema.FORMAT, 1));
    return result;
  }

  /** The facet dimension a filter dimension's values are counted in (fylke and kommune: place). */
  static String dimension(Dim dim) {
    return switch (dim) {
      case THEME -> LuceneSchema.THEME;
      case LANGUAGE -> LuceneSchema.LANGUAGE;
      case FORMAT -> LuceneSchema.FORMAT;
      case KOMMUNE, FYLKE -> LuceneSchema.PLACE;
    };
  }

  /** The count of one value of a flat dimension, 0 if the index has no such value. */
  static long count(FacetOrdinals ordinals, int[] counts, String dim, String value) {
    if (ordinals == null) {
      return 0;
    }
    for (int ord : ordinals.ordinals(dim, 1)) {
      if (ordinals.path(ord)[1].equals(value)) {
        return counts[ord];
      }
    }
    return 0;
  }

  /**
   * By count, then value: the dimension's ordinals come in the values' order, so each non-zero
   * value is sorted as one number, the count above its position (comparing up to 357 kommune codes
   * as strings in every answer was 8% of a search served over HTTP).
   */
  private static List<FacetValue> values(
      FacetOrdinals ordinals, int[] counts, String dim, int depth) {
    int[] byName = ordinals.ordinals(dim, depth);
    long[] keys = new long[byName.length];
    int n = 0;
    for (int i = 0; i < byName.length; i++) {
      int count = counts[byName[i]];
      if (count > 0) {
        keys[n++] = (long) (Integer.MAX_VALUE - count) << 32 | i;
      }
    }
    Arrays.sort(keys, 0, n);
    List<FacetValue> values = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int ord = byName[(int) keys[k]];
      String[] path = ordinals.path(ord);
      values.add(new FacetValue(path[path.length - 1], counts[ord]));
    }
    return values;
  }
}
