package no.selvhjelp.finder.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import no.selvhjelp.finder.shaded.lucene.analysis.CharArraySet;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits Norwegian theme compounds at the front: when a word starts with a theme word
 * ("sorggruppe", "angstlidelse", "rusavhengighet", "pårørendegruppa"), that theme word, and the
 * rest when it is itself a known word, are added at the same position as the compound.
 *
 * <p>Only the front, unlike Lucene's dictionary compound filter, which finds a word anywhere:
 * "omsorg" contains "sorg" and "alkoholrus" is not about grief, but Norwegian theme compounds put
 * the theme first. A linking -s- or -e- between the parts is allowed ("depresjonsgruppe").
 */
final class PrefixCompoundFilter extends TokenFilter {
  private static final int MIN_PART = 3;

  /**
   * Endings after which a theme word stands alone, inflected: "angsten", "sorga", "traumene". The
   * light stemmer leaves some of these, so the theme word is added here too.
   */
  private static final java.util.Set<String> ENDINGS =
      java.util.Set.of("a", "e", "en", "et", "er", "ene", "ane", "ar", "ne", "s", "ens", "ets");

  private final CharArraySet dictionary;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State compoundState;

  PrefixCompoundFilter(TokenStream input, CharArraySet dictionary) {
    super(input);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    split(term.buffer(), term.length());
    if (!pending.isEmpty()) {
      compoundState = captureState();
    }
    return true;
  }

  /**
   * Looks the fronts up in the term's own buffer: a string for every front tried was a third of
   * what a hostile search allocated (thirty unknown letters a word, analysed for some twenty
   * fields: issue 13). Strings are made only for the parts found.
   */
  private void split(char[] word, int length) {
    for (int end = length - 1; end >= MIN_PART; end--) {
      if (dictionary.contains(word, 0, end)) {
        String rest = new String(word, end, length - end);
        if (rest.length() < MIN_PART && !ENDINGS.contains(rest)) {
          continue;
        }
        pending.add(new String(word, 0, end));
        if (dictionary.contains(rest)) {
          pending.add(rest);
        } else if ((rest.startsWith("s") || rest.startsWith("e"))
            && rest.length() > MIN_PART
            && dictionary.contains(rest.substring(1))) {
          pending.add(rest.substring(1));
        }
        return; // the longest theme word at the front
      }
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compoundState = null;
  }
}
