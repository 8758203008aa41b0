package no.selvhjelp.finder.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to repeated queries on one index reader. Kommune sites embed the same few searches (their
 * kommune, their themes) on pages many visitors load, and counting facets over thousands of matches
 * costs more than anything else in a search; a repeated query on an unchanged index has the same
 * answer. Like Elasticsearch's request cache, entries are tied to the reader they were computed on:
 * a reader that is not the one this cache was filled from (the index changed) empties it, so a
 * change is visible at the next search, exactly as without the cache. Bounded, least recently used
 * out first. It holds recent queries in memory only, never on disk or in logs.
 */
final class ResultCache<K, V> {
  private final int capacity;
  private final Map<K, V> entries;
  private Object reader; // guarded by this

  /**
   * @param capacity entries kept; 0 turns the cache off
   */
  ResultCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("A cache cannot hold " + capacity + " entries");
    }
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > ResultCache.this.capacity;
          }
        };
  }

  /**
   * The cached answer to {@code query} on {@code readerKey}, or the computed one, kept. Computing
   * happens outside the lock, so one slow search never holds up the others; two identical misses at
   * once both compute, which is cheaper than making one wait.
   */
  V get(Object readerKey, K query, Supplier<V> compute) {
    if (capacity == 0 || readerKey == null) {
      return compute.get();
    }
    synchronized (this) {
      if (readerKey == reader) {
        V cached = entries.get(query);
        if (cached != null) {
          return cached;
        }
      }
    }
    V computed = compute.get();
    synchronized (this) {
      if (readerKey != reader) {
        // The index changed: what was kept describes another reader. (A search that started
        // before the change and ends after it may switch back once; the next one switches again.)
        entries.clear();
        reader = readerKey;
      }
      entries.put(query, computed);
    }
    return computed;
  }

  synchronized int size() {
    return entries.size();
  }
}
