package no.selvhjelp.finder.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.CharArraySet;
import no.selvhjelp.finder.shaded.lucene.analysis.LowerCaseFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.StopFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.Tokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.ar.ArabicAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.en.EnglishAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.fa.PersianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.icu.ICUFoldingFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.icu.segmentation.ICUTokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import no.selvhjelp.finder.shaded.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.morfologik.MorfologikAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianLightStemFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianLightStemmer;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianNormalizationFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.pl.PolishAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.standard.StandardTokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.synonym.SynonymGraphFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.synonym.SynonymMap;
import no.selvhjelp.finder.shaded.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import no.selvhjelp.finder.shaded.lucene.util.CharsRef;

/**
 * The analysis chains, one per field family (see {@link LuceneSchema}). Index and query chains
 * differ in one way only: the query side expands the visitor's words with the curated synonyms, so
 * the synonym list can change without a reindex.
 */
public final class Analysis {
  // Both flags: content is written in Bokmål or Nynorsk, and visitors use either.
  private static final int BOTH = NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK;
  private static final CharArraySet STOP = NorwegianAnalyzer.getDefaultStopSet();

  /** The chain of a field without one of its own: the unstemmed one (see {@link #perField}). */
  private static final String DEFAULT_CHAIN = LuceneSchema.SOURCES.get(0) + LuceneSchema.EXACT;

  private static final Map<String, String> CHAINS = chains();

  private final CharArraySet compounds;
  private final CharArraySet foldedCompounds;
  private final SynonymMap synonyms;
  private final SynonymMap foldedSynonyms;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final ThemeWords themeWords;

  public Analysis() {
    List<String> words = lines("compound-words.txt");
    this.compounds = new CharArraySet(words, false);
    List<String> folded = new ArrayList<>();
    words.forEach(w -> folded.add(fold(w)));
    this.foldedCompounds = new CharArraySet(folded, false);
    List<String> synonymGroups = lines("synonyms-no.txt");
    this.synonyms = synonymMap(synonymGroups);
    List<String> foldedGroups = new ArrayList<>();
    synonymGroups.forEach(g -> foldedGroups.add(fold(g)));
    this.foldedSynonyms = synonymMap(foldedGroups);
    this.indexAnalyzer = perField(false);
    this.queryAnalyzer = perField(true);
    this.themeWords = loadThemeWords();
  }

  /** The theme words of every language the finder serves (see {@link ThemeWords}). */
  public ThemeWords themeWords() {
    return themeWords;
  }

  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /**
   * The field whose analysis {@code field} shares, in both chains: every source's stemmed fields
   * are analysed alike, as are its folded ones and its unstemmed ones, each mother-tongue field has
   * its own, and any other field is analysed as the unstemmed ones (the wrapper's default). A
   * word's terms in one field are its terms in every field of the same chain, so a search works
   * them out once for five fields, not once for each.
   */
  public static String sharedChain(String field) {
    return CHAINS.getOrDefault(field, DEFAULT_CHAIN);
  }

  /** What {@link #perField} gives each field a chain of its own for, by the chain's first field. */
  private static Map<String, String> chains() {
    Map<String, String> chains = new HashMap<>();
    for (String family : List.of(LuceneSchema.NO, LuceneSchema.FOLD, LuceneSchema.EXACT)) {
      for (String source : LuceneSchema.SOURCES) {
        chains.put(source + family, LuceneSchema.SOURCES.get(0) + family);
      }
    }
    for (String field : LuceneSchema.langFields()) {
      chains.put(field, field);
    }
    return Map.copyOf(chains);
  }

  private Analyzer perField(boolean query) {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer no = norwegian(query);
    Analyzer fold = folded(query);
    Analyzer exact = unstemmed();
    for (String source : LuceneSchema.SOURCES) {
      fields.put(source + LuceneSchema.NO, no);
      fields.put(source + LuceneSchema.FOLD, fold);
      fields.put(source + LuceneSchema.EXACT, exact);
    }
    fields.put(LuceneSchema.langField("ar"), new ArabicAnalyzer());
    fields.put(LuceneSchema.langField("fa"), new PersianAnalyzer());
    fields.put(LuceneSchema.langField("en"), new EnglishAnalyzer());
    fields.put(LuceneSchema.langField("uk"), new UkrainianMorfologikAnalyzer());
    fields.put(LuceneSchema.langField("pl"), new PolishAnalyzer());
    fields.put(LuceneSchema.LANG_ICU, icu());
    return new PerFieldAnalyzerWrapper(exact, fields);
  }

  /**
   * The table side compares listed words stemmed and folded, without synonyms or compounds (a
   * listed word means one thing); the visitor's side adds both, so "sorggruppe" and "etterlatne"
   * reach the word "sorg".
   */
  private ThemeWords loadThemeWords() {
    Analyzer icu = icu();
    Map<String, Analyzer> same =
        Map.of(
            "en", new EnglishAnalyzer(),
            "pl", new MorfologikAnalyzer(),
            "uk", new UkrainianMorfologikAnalyzer(),
            "ar", new ArabicAnalyzer(),
            "fa", new PersianAnalyzer(),
            "so", icu,
            "ti", icu);
    Map<String, Analyzer> table = new HashMap<>(same);
    table.put("no", stemmedFolded());
    Map<String, Analyzer> visitor = new HashMap<>(same);
    visitor.put("no", folded(true));
    return new ThemeWords(table, visitor);
  }

  /** Folded and stemmed, nothing added: a listed Norwegian word as the search sees it. */
  private static Analyzer stemmedFolded() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new ScandinavianFoldingFilter(s);
        s = new ASCIIFoldingFilter(s);
        s = new NorwegianLightStemFilter(s, BOTH);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  private Analyzer norwegian(boolean query) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, STOP);
        if (query) {
          s = new SynonymGraphFilter(s, synonyms, true);
        }
        s = new PrefixCompoundFilter(s, compounds);
        s = new NorwegianNormalizationFilter(s);
        s = new NorwegianLightStemFilter(s, BOTH);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  private Analyzer folded(boolean query) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, STOP);
        s = new ScandinavianFoldingFilter(s);
        s = new ASCIIFoldingFilter(s);
        if (query) {
          // After folding, with a folded synonym list: "skilsmaal" is a synonym too.
          s = new SynonymGraphFilter(s, foldedSynonyms, true);
        }
        s = new PrefixCompoundFilter(s, foldedCompounds);
        s = new NorwegianLightStemFilter(s, BOTH);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  /** Lower-cased and folded but not stemmed: the words typo tolerance compares against. */
  private static Analyzer unstemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new ScandinavianFoldingFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  private static Analyzer icu() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, new ICUFoldingFilter(source));
      }
    };
  }

  /** The folding the {@code _fold} fields apply, for words outside a token stream. */
  public static String fold(String word) {
    return word.toLowerCase(java.util.Locale.ROOT)
        .replace("aa", "a")
        .replace('å', 'a')
        .replace('æ', 'a')
        .replace('ø', 'o')
        .replace('ä', 'a')
        .replace('ö', 'o');
  }

  private static SynonymMap synonymMap(List<String> groups) {
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (String line : groups) {
        List<String> words = new ArrayList<>();
        for (String w : line.split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip().toLowerCase());
          }
        }
        for (String from : words) {
          for (String to : words) {
            if (!from.equals(to)) {
              builder.add(new CharsRef(from), new CharsRef(to), true);
            }
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the synonym map", e);
    }
  }

  /** Non-empty, non-comment lines of a resource beside this class. */
  static List<String> lines(String resource) {
    try (InputStream in = Analysis.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing analysis resource " + resource);
      }
      List<String> result = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          result.add(trimmed);
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
