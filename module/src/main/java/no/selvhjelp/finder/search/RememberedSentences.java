package no.selvhjelp.finder.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import no.selvhjelp.finder.index.BoundedMemo;

/**
 * The sentence boundaries of a text, as the JDK's sentence iterator for {@link Locale#ROOT} finds
 * them (the highlighter's default), found once per text and remembered. The same groups come back
 * on many pages, and running the iterator's rules over every hit's description again was about 2%
 * of a search served over HTTP (issue 13). Only {@link #setText(String)} remembers; a text given as
 * a {@link CharacterIterator} is read as it is.
 */
final class RememberedSentences extends BreakIterator {
  /**
   * The texts are kept as keys, and outlive the reader whose hits they came from: a thousand
   * descriptions are some MB, 20 MB if every one were as long as a description may be (10,000
   * characters). The first pages of the searches visitors make show a few hundred groups.
   */
  static final int CAPACITY = 1_024;

  private final BoundedMemo<String, int[]> memo;
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int at;

  /** A memo of boundaries, to share between the iterators of one engine. */
  static BoundedMemo<String, int[]> memo() {
    return new BoundedMemo<>(CAPACITY, RememberedSentences::find);
  }

  RememberedSentences(BoundedMemo<String, int[]> memo) {
    this.memo = memo;
  }

  private static int[] find(String text) {
    return find(new StringCharacterIterator(text));
  }

  private static int[] find(CharacterIterator text) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int[] found = new int[8];
    int n = 0;
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = b;
    }
    return Arrays.copyOf(found, n);
  }

  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    boundaries = memo.get(newText);
    at = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    boundaries = find((CharacterIterator) newText.clone());
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    at = 0;
    return boundaries[at];
  }

  @Override
  public int last() {
    at = boundaries.length - 1;
    return boundaries[at];
  }

  @Override
  public int current() {
    return boundaries[at];
  }

  @Override
  public int next() {
    if (at == boundaries.length - 1) {
      return DONE;
    }
    return boundaries[++at];
  }

  @Override
  public int previous() {
    if (at == 0) {
      return DONE;
    }
    return boundaries[--at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int following(int offset) {
    check(offset);
    // The first boundary after offset; past the last one, the last, and DONE.
    int i = Arrays.binarySearch(boundaries, offset);
    int next = i >= 0 ? i + 1 : -i - 1;
    if (next >= boundaries.length) {
      at = boundaries.length - 1;
      return DONE;
    }
    at = next;
    return boundaries[at];
  }

  @Override
  public int preceding(int offset) {
    check(offset);
    // The last boundary before offset; at or before the first one, the first, and DONE.
    int i = Arrays.binarySearch(boundaries, offset);
    int before = (i >= 0 ? i : -i - 1) - 1;
    if (before < 0) {
      at = 0;
      return DONE;
    }
    at = before;
    return boundaries[at];
  }

  private void check(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
  }

  @Override
  public Object clone() {
    RememberedSentences copy = (RememberedSentences) super.clone();
    copy.text = (CharacterIterator) text.clone();
    return copy;
  }
}
