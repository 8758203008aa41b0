package no.selvhjelp.finder.search;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.shaded.lucene.search.suggest.InputIterator;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/** Suggestion entries as the suggesters read them: text, weight, and "type|lang" as payload. */
final class SuggestionInputs implements InputIterator {
  record Entry(String text, long weight, String payload) {}

  private final Iterator<Entry> entries;
  private Entry current;

  SuggestionInputs(List<Entry> entries) {
    this.entries = entries.iterator();
  }

  @Override
  public BytesRef next() {
    if (!entries.hasNext()) {
      current = null;
      return null;
    }
    current = entries.next();
    return new BytesRef(current.text());
  }

  @Override
  public long weight() {
    return current.weight();
  }

  @Override
  public BytesRef payload() {
    return new BytesRef(current.payload());
  }

  @Override
  public boolean hasPayloads() {
    return true;
  }

  @Override
  public Set<BytesRef> contexts() {
    return null;
  }

  @Override
  public boolean hasContexts() {
    return false;
  }
}
