package no.selvhjelp.finder.shaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenFilterFactory;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.Tokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenizerFactory;
import no.selvhjelp.finder.shaded.lucene.analysis.ar.ArabicAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.custom.CustomAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.en.EnglishAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.fa.PersianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.pl.PolishAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;
import no.selvhjelp.finder.shaded.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import no.selvhjelp.finder.shaded.lucene.codecs.Codec;
import no.selvhjelp.finder.shaded.lucene.codecs.PostingsFormat;
import org.junit.jupiter.api.Test;

/**
 * Lucene finds codecs and analysis factories by name through META-INF/services; after relocation
 * both the service file names and the class names inside must point at the relocated package.
 */
class AnalysisAndCodecSpiIT {

  @Test
  void codecAndAnalysisSpiLoadByNameUnderTheRelocatedPackage() throws IOException {
    Codec codec = Codec.getDefault();
    assertThat(codec.getName()).isEqualTo("Lucene912");
    assertThat(Codec.forName("Lucene912").getClass().getName())
        .isEqualTo("no.selvhjelp.finder.shaded.lucene.codecs.lucene912.Lucene912Codec");
    assertThat(Codec.availableCodecs()).contains("Lucene912");
    // From lucene-core and from lucene-suggest: the service files of both jars were merged.
    assertThat(PostingsFormat.availablePostingsFormats()).contains("Lucene912", "Completion912");

    assertThat(TokenizerFactory.availableTokenizers()).contains("standard", "icu");
    assertThat(TokenFilterFactory.availableTokenFilters())
        .contains(
            "lowercase", "norwegianLightStem", "icuFolding", "morfologik", "stempelPolishStem");

    // variant: nb (bokmål), nn (nynorsk) or no (both).
    try (Analyzer norwegian =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("norwegianNormalization")
            .addTokenFilter("norwegianLightStem", "variant", "no")
            .build()) {
      assertThat(terms(norwegian, "Grupper for pårørende"))
          .containsExactly("grupp", "for", "pårør");
    }

    // Snowball finds its stemmer class by name: "<relocated snowball
    // package>.ext.NorwegianStemmer".
    try (Analyzer snowball =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("snowballPorter", "language", "Norwegian")
            .build()) {
      assertThat(terms(snowball, "selvhjelpsgrupper")).containsExactly("selvhjelpsgrupp");
    }

    TokenizerFactory icu = TokenizerFactory.forName("icu", new HashMap<>());
    assertThat(icu.getClass().getName())
        .isEqualTo(
            "no.selvhjelp.finder.shaded.lucene.analysis.icu.segmentation.ICUTokenizerFactory");
    try (Analyzer icuFolding =
        CustomAnalyzer.builder().withTokenizer("icu").addTokenFilter("icuFolding").build()) {
      // Somali and Tigrinya have no analyzer of their own: ICU segmentation and folding.
      assertThat(terms(icuFolding, "Kooxda Taageerada ርክብ"))
          .containsExactly("kooxda", "taageerada", "ርክብ");
    }

    try (Analyzer ukrainian = new UkrainianMorfologikAnalyzer()) {
      assertThat(terms(ukrainian, "групи підтримки")).containsExactly("група", "підтримка");
    }
    try (Analyzer polish = new PolishAnalyzer()) {
      assertThat(terms(polish, "grupy wsparcia")).containsExactly("grupa", "wsparcie");
    }
    try (Analyzer arabic = new ArabicAnalyzer();
        Analyzer persian = new PersianAnalyzer();
        Analyzer english = new EnglishAnalyzer()) {
      assertThat(terms(english, "support groups")).containsExactly("support", "group");
      assertThat(terms(arabic, "مجموعات الدعم")).isNotEmpty();
      assertThat(terms(persian, "گروه های حمایتی")).isNotEmpty();
    }
  }

  @Test
  void tokenizerFactoryCreatesWorkingTokenizers() throws IOException {
    Tokenizer tokenizer = TokenizerFactory.forName("standard", new HashMap<>()).create();
    tokenizer.setReader(new StringReader("to ord"));
    assertThat(terms(tokenizer)).containsExactly("to", "ord");
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return terms(analyzer.tokenStream("f", text));
  }

  static List<String> terms(TokenStream stream) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = stream) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }
}
