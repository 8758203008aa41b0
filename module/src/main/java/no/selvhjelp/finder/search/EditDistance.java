package no.selvhjelp.finder.search;

/**
 * The edit distance typo tolerance allows: insertions, deletions, substitutions and transpositions
 * of neighbours (optimal string alignment, as Lucene's fuzzy automata count them), over code
 * points. Bounded: it gives up as soon as every alignment needs more than {@code max} edits, so
 * comparing a word with a quite different one costs a few rows, not the whole table.
 */
final class EditDistance {
  private EditDistance() {}

  /**
   * The distance between {@code a} and {@code b} from position {@code from} on (the positions
   * before are the prefix both share), or {@code max + 1} if it is larger than {@code max}.
   */
  static int within(int[] a, int[] b, int from, int max) {
    int n = a.length - from;
    int m = b.length - from;
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      int ai = a[from + i - 1];
      for (int j = 1; j <= m; j++) {
        int bj = b[from + j - 1];
        int d =
            Math.min(
                Math.min(previous[j] + 1, current[j - 1] + 1),
                previous[j - 1] + (ai == bj ? 0 : 1));
        if (i > 1 && j > 1 && ai == b[from + j - 2] && a[from + i - 2] == bj) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], max + 1);
  }
}
