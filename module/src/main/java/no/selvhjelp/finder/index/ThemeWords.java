package no.selvhjelp.finder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a visitor's words mean, in any of the languages the finder serves: a theme ("grief", "سوگ",
 * "żałoba", "депресія" → sorg, depresjon …), the digital format ("online", "digitalt"), or nothing
 * but "a group" ("samtalegruppe", "support group"). The words are data, one file per language under
 * {@code theme-words/}, loaded once; each file says where its words come from.
 *
 * <p>A word is compared after its language's analysis, so inflected forms find the listed form:
 * Norwegian light stemming (with the curated synonyms and compound splitting on the visitor's
 * side), English Porter stemming, Polish and Ukrainian Morfologik lemmas, Arabic and Persian
 * normalisation and stemming. Where Lucene ships no analyser that covers the endings (Somali,
 * Tigrinya, and Arabic and Persian possessives), a prefix rule: a visitor's word that is a listed
 * word plus up to three letters is that word. Only the languages whose script the word is written
 * in are looked up.
 */
public final class ThemeWords {
  /** The table files, by language; "no" is Bokmål and Nynorsk together. */
  public static final List<String> LANGUAGES =
      List.of("no", "en", "pl", "so", "uk", "ar", "fa", "ti");

  public static final String DIGITAL = "format.digital";
  public static final String GENERIC = "generic";
  private static final int MAX_PHRASE = 3;
  private static final int PREFIX_EXTRA = 3;
  private static final Set<String> PREFIX_RULE = Set.of("pl", "uk", "so", "ar", "fa", "ti");

  /** What one word (or a phrase it is part of) means. Languages: those it is foreign in. */
  public record Meaning(
      Set<String> themes, Set<String> formats, boolean generic, Set<String> languages) {
    public static final Meaning NONE = new Meaning(Set.of(), Set.of(), false, Set.of());

    public Meaning {
      themes = Set.copyOf(themes);
      formats = Set.copyOf(formats);
      languages = Set.copyOf(languages);
    }

    public boolean isEmpty() {
      return themes.isEmpty() && formats.isEmpty() && !generic;
    }

    /** Words like "gruppe": they say the visitor wants a group, not which one. */
    public boolean onlyGeneric() {
      return generic && themes.isEmpty() && formats.isEmpty();
    }

    Meaning plus(Meaning other) {
      Set<String> t = new LinkedHashSet<>(themes);
      t.addAll(other.themes);
      Set<String> f = new LinkedHashSet<>(formats);
      f.addAll(other.formats);
      Set<String> l = new LinkedHashSet<>(languages);
      l.addAll(other.languages);
      return new Meaning(t, f, generic || other.generic, l);
    }
  }

  private final Map<String, Analyzer> tableAnalyzers;
  private final Map<String, Analyzer> visitorAnalyzers;
  private final Map<String, Map<String, Meaning>> tables = new HashMap<>();

  /** Per language, a visitor's word's keys: the word alone decides, and words repeat. */
  private final Map<String, BoundedMemo<String, Set<String>>> visitorKeys = new HashMap<>();

  private final Map<String, String> norwegian = new LinkedHashMap<>();

  /**
   * @param tableAnalyzers per language, the analysis a listed word gets
   * @param visitorAnalyzers per language, the analysis a visitor's word gets (for Norwegian it adds
   *     synonyms and compound parts; elsewhere the same as the table's)
   */
  ThemeWords(Map<String, Analyzer> tableAnalyzers, Map<String, Analyzer> visitorAnalyzers) {
    this.tableAnalyzers = Map.copyOf(tableAnalyzers);
    this.visitorAnalyzers = Map.copyOf(visitorAnalyzers);
    for (String lang : LANGUAGES) {
      tables.put(lang, load(lang));
      Analyzer analyzer = this.visitorAnalyzers.get(lang);
      visitorKeys.put(
          lang, new BoundedMemo<>(4096, w -> Collections.unmodifiableSet(keys(analyzer, w))));
    }
  }

  /** The Norwegian word(s) a theme is searched as when the visitor named it in another language. */
  public String norwegianWords(String theme) {
    return norwegian.getOrDefault(theme, theme.replace('-', ' '));
  }

  /**
   * The meaning of each word (same order as {@code words}, {@link Meaning#NONE} where it has none).
   * A phrase ("support group", "zdrowie psychiczne") gives its meaning to each of its words.
   */
  public List<Meaning> meanings(List<String> words) {
    List<Meaning> result = new ArrayList<>();
    words.forEach(w -> result.add(Meaning.NONE));
    for (String lang : LANGUAGES) {
      List<Set<String>> keys = new ArrayList<>();
      for (String w : words) {
        keys.add(inScript(lang, w) ? visitorKeys.get(lang).get(w) : Set.of());
      }
      Map<String, Meaning> table = tables.get(lang);
      for (int i = 0; i < words.size(); ) {
        int matched = 0;
        for (int n = Math.min(MAX_PHRASE, words.size() - i); n >= 1 && matched == 0; n--) {
          Meaning m = n == 1 ? single(lang, table, keys.get(i)) : table.get(phrase(keys, i, n));
          if (m != null) {
            Meaning tagged =
                new Meaning(
                    m.themes(),
                    m.formats(),
                    m.generic(),
                    lang.equals("no") ? Set.of() : Set.of(lang));
            for (int j = i; j < i + n; j++) {
              result.set(j, result.get(j).plus(tagged));
            }
            matched = n;
          }
        }
        i += Math.max(matched, 1);
      }
    }
    // A word that is Norwegian too (angst, stress) is no sign of the visitor's language.
    List<Meaning> norwegianFirst = new ArrayList<>();
    List<Meaning> inNorwegian = norwegianOnly(words);
    for (int i = 0; i < result.size(); i++) {
      Meaning m = result.get(i);
      norwegianFirst.add(
          inNorwegian.get(i).isEmpty()
              ? m
              : new Meaning(m.themes(), m.formats(), m.generic(), Set.of()));
    }
    return norwegianFirst;
  }

  private List<Meaning> norwegianOnly(List<String> words) {
    List<Meaning> result = new ArrayList<>();
    Map<String, Meaning> table = tables.get("no");
    for (String w : words) {
      Meaning m = inScript("no", w) ? single("no", table, visitorKeys.get("no").get(w)) : null;
      result.add(m == null ? Meaning.NONE : m);
    }
    return result;
  }

  private static Meaning single(String lang, Map<String, Meaning> table, Set<String> keys) {
    Meaning found = null;
    for (String key : keys) {
      Meaning m = table.get(key);
      if (m == null && PREFIX_RULE.contains(lang)) {
        m = byPrefix(table, key);
      }
      if (m != null) {
        found = found == null ? m : found.plus(m);
      }
    }
    return found;
  }

  /** The listed word this one starts with, when only a short ending (up to 3 letters) is left. */
  private static Meaning byPrefix(Map<String, Meaning> table, String key) {
    int letters = key.codePointCount(0, key.length());
    int min = latinOrCyrillic(key) ? 4 : 3;
    for (int cut = 1; cut <= PREFIX_EXTRA && letters - cut >= min; cut++) {
      Meaning m = table.get(key.substring(0, key.offsetByCodePoints(0, letters - cut)));
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private static String phrase(List<Set<String>> keys, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int j = from; j < from + n; j++) {
      if (keys.get(j).isEmpty()) {
        return "";
      }
      b.append(j == from ? "" : " ").append(keys.get(j).iterator().next());
    }
    return b.toString();
  }

  private Map<String, Meaning> load(String lang) {
    Map<String, Meaning> table = new HashMap<>();
    String resource = "theme-words/" + lang + ".txt";
    for (String line : Analysis.lines(resource)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(resource + ": no code in line " + line);
      }
      String code = line.substring(0, colon).strip();
      Meaning meaning =
          switch (code) {
            case DIGITAL -> new Meaning(Set.of(), Set.of("digital"), false, Set.of());
            case GENERIC -> new Meaning(Set.of(), Set.of(), true, Set.of());
            default -> {
              if (!Codes.THEMES.contains(code)) {
                throw new IllegalStateException(resource + ": unknown theme code " + code);
              }
              yield new Meaning(Set.of(code), Set.of(), false, Set.of());
            }
          };
      boolean first = true;
      for (String entry : line.substring(colon + 1).split(",")) {
        List<String> words = words(entry);
        if (words.isEmpty()) {
          continue;
        }
        if (first && lang.equals("no") && meaning.formats().isEmpty() && !meaning.generic()) {
          norwegian.put(code, String.join(" ", words));
        }
        first = false;
        List<Set<String>> keys = new ArrayList<>();
        words.forEach(w -> keys.add(keys(tableAnalyzers.get(lang), w)));
        if (words.size() == 1) {
          keys.get(0).forEach(k -> table.merge(k, meaning, Meaning::plus));
        } else {
          String key = phrase(keys, 0, words.size());
          if (!key.isEmpty()) {
            table.merge(key, meaning, Meaning::plus);
          }
        }
      }
    }
    return Map.copyOf(table);
  }

  /** Cut as the search cuts a visitor's text, so a listed phrase lines up with typed words. */
  private static List<String> words(String entry) {
    List<String> words = new ArrayList<>();
    for (String w : UserText.terms(entry)) {
      if (!NorwegianAnalyzer.getDefaultStopSet().contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The word's analysed forms (lower-cased), and the word itself for the languages without one. */
  private static Set<String> keys(Analyzer analyzer, String word) {
    Set<String> keys = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("word", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        keys.add(term.toString().toLowerCase(Locale.ROOT));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysis of in-memory text failed", e);
    }
    keys.add(word.toLowerCase(Locale.ROOT));
    return keys;
  }

  private static boolean inScript(String lang, String word) {
    UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
    return switch (lang) {
      case "no", "en", "pl", "so" -> script == UnicodeScript.LATIN;
      case "uk" -> script == UnicodeScript.CYRILLIC;
      case "ar", "fa" -> script == UnicodeScript.ARABIC;
      case "ti" -> script == UnicodeScript.ETHIOPIC;
      default -> false;
    };
  }

  private static boolean latinOrCyrillic(String word) {
    UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
    return script == UnicodeScript.LATIN || script == UnicodeScript.CYRILLIC;
  }
}
