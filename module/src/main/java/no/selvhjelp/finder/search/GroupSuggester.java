package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.LowerCaseFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.Tokenizer;
import no.selvhjelp.finder.shaded.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import no.selvhjelp.finder.shaded.lucene.analysis.standard.StandardTokenizer;
import no.selvhjelp.finder.shaded.lucene.search.suggest.Lookup;
import no.selvhjelp.finder.shaded.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import no.selvhjelp.finder.shaded.lucene.search.suggest.analyzing.FuzzySuggester;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completions for the search box: published group titles, theme labels in the visitor's language
 * and kommune names. Infix first ("grupp" finds "Sorggruppe"), with folding so "paror" finds
 * "Pårørende"; when that finds too little, a fuzzy prefix match forgives one typo. Built in memory
 * from the store and rebuilt after content changes, off the request path.
 */
public final class GroupSuggester implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupSuggester.class);

  /**
   * One generation of suggesters. Reference counted the way Lucene counts its readers: a rebuild
   * swaps in the new generation at once but closes the old one only when its last lookup is done,
   * since closing an infix suggester under a running lookup fails that lookup.
   */
  private static final class Built {
    private final AnalyzingInfixSuggester infix;
    private final FuzzySuggester fuzzy;
    private final AtomicInteger refs = new AtomicInteger(1); // the one held by `built`

    Built(AnalyzingInfixSuggester infix, FuzzySuggester fuzzy) {
      this.infix = infix;
      this.fuzzy = fuzzy;
    }

    boolean tryIncRef() {
      for (int r = refs.get(); r > 0; r = refs.get()) {
        if (refs.compareAndSet(r, r + 1)) {
          return true;
        }
      }
      return false;
    }

    void decRef() throws IOException {
      if (refs.decrementAndGet() == 0) {
        infix.close();
      }
    }
  }

  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;
  private final Analyzer analyzer = folding();
  private final AtomicReference<Built> built = new AtomicReference<>();

  public GroupSuggester(ContentStore store, ReferenceData ref, Messages messages) {
    this.store = store;
    this.ref = ref;
    this.messages = messages;
  }

  /** (Re)builds from the store's current content; the old suggester serves until this returns. */
  public void rebuild() {
    try {
      List<SuggestionInputs.Entry> inputs = new ArrayList<>();
      Map<String, String> seen = new LinkedHashMap<>();
      store.forEachGroup(
          g -> {
            if (g.publiclyVisible()) {
              add(inputs, seen, g.title(), "group", "*", 3);
            }
          });
      for (String lang : Codes.UI_LANGUAGES) {
        for (String theme : Codes.THEMES) {
          add(inputs, seen, messages.themeLabel(lang, theme), "theme", lang, 5);
        }
      }
      for (Kommune k : ref.kommuner()) {
        add(inputs, seen, ref.displayName(k.nummer()), "kommune", "*", 2);
      }
      AnalyzingInfixSuggester infix =
          new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, 2, false);
      infix.build(new SuggestionInputs(inputs));
      FuzzySuggester fuzzy = new FuzzySuggester(new ByteBuffersDirectory(), "suggest", analyzer);
      fuzzy.build(new SuggestionInputs(inputs));
      Built old = built.getAndSet(new Built(infix, fuzzy));
      if (old != null) {
        old.decRef();
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not build the suggester; suggestions stay as they were", e);
    }
  }

  public List<Suggestion> suggest(String text, String lang, int max) {
    String key = String.join(" ", UserText.terms(text));
    Built b = key.isEmpty() ? null : acquire();
    if (b == null) {
      return List.of();
    }
    Map<String, Suggestion> result = new LinkedHashMap<>();
    try {
      collect(b.infix.lookup(key, max * 4, true, false), lang, max, result);
      if (result.size() < max && key.length() >= 3) {
        collect(b.fuzzy.lookup(key, false, max * 4), lang, max, result);
      }
    } catch (IOException e) {
      LOG.warn("Suggest lookup failed: {}", e.toString());
      return List.of();
    } finally {
      release(b);
    }
    return List.copyOf(result.values());
  }

  /** The current generation with a reference taken, or null before the first build. */
  private Built acquire() {
    while (true) {
      Built b = built.get();
      if (b == null || b.tryIncRef()) {
        return b;
      }
      // lost a race with a rebuild that retired b: the next read sees its successor
    }
  }

  private static void release(Built b) {
    try {
      b.decRef();
    } catch (IOException e) {
      LOG.warn("Could not close a retired suggester: {}", e.toString());
    }
  }

  private static void collect(
      List<Lookup.LookupResult> hits, String lang, int max, Map<String, Suggestion> into) {
    for (Lookup.LookupResult r : hits) {
      String[] payload = r.payload.utf8ToString().split("\\|", 2);
      boolean fits = payload[1].equals("*") || payload[1].equals(lang);
      String text = r.key.toString();
      if (fits && into.size() < max) {
        into.putIfAbsent(text.toLowerCase(Locale.ROOT), new Suggestion(text, payload[0]));
      }
    }
  }

  private static void add(
      List<SuggestionInputs.Entry> inputs,
      Map<String, String> seen,
      String text,
      String type,
      String lang,
      long weight) {
    if (text == null || text.isBlank()) {
      return;
    }
    String key = type + "|" + lang + "|" + text;
    if (seen.put(key, key) == null) {
      inputs.add(new SuggestionInputs.Entry(text, weight, type + "|" + lang));
    }
  }

  private static Analyzer folding() {
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

  @Override
  public void close() throws IOException {
    Built b = built.getAndSet(null);
    if (b != null) {
      b.decRef();
    }
  }
}
