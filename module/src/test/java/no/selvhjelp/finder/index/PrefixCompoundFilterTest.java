package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.analysis.CharArraySet;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.core.WhitespaceTokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Theme compounds split at the front only, with their known rest, at the compound's position. */
class PrefixCompoundFilterTest {
  private static final CharArraySet THEMES =
      new CharArraySet(List.of("sorg", "angst", "depresjon", "gruppe", "rus"), false);

  @Test
  void aThemeAtTheFrontIsAddedWithAKnownRestAtTheSamePosition() throws Exception {
    assertThat(terms("sorggruppe")).containsExactly("sorggruppe", "sorg+0", "gruppe+0");
    assertThat(terms("depresjonsgruppe"))
        .containsExactly("depresjonsgruppe", "depresjon+0", "gruppe+0");
    assertThat(terms("angsten")).containsExactly("angsten", "angst+0");
    assertThat(terms("angstlidelse tips")).containsExactly("angstlidelse", "angst+0", "tips");
  }

  @Test
  void aThemeInsideOrAtTheEndOrAShortRestIsNotSplit() throws Exception {
    assertThat(terms("omsorg")).containsExactly("omsorg");
    assertThat(terms("rusk")).containsExactly("rusk");
    assertThat(terms("sorg")).containsExactly("sorg");
    String noise = "qzvxkwpjrtmnbvcxzlkjhgfdsapoiu";
    assertThat(terms(noise + " sorggruppe"))
        .containsExactly(noise, "sorggruppe", "sorg+0", "gruppe+0");
  }

  /** The terms in order; one at the previous term's position is marked "+0". */
  private static List<String> terms(String text) throws Exception {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = new PrefixCompoundFilter(tokenizer, THEMES)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term + (position.getPositionIncrement() == 0 ? "+0" : ""));
      }
      stream.end();
    }
    return terms;
  }
}
