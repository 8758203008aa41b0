package no.selvhjelp.finder.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's answers for up to {@code capacity} keys, and forgets them all when
 * full. For per-word work in a search (a word's analysis, its query over the fields) that depends
 * on the word alone: visitors type the same few hundred words again and again, so most words are
 * found here; a stream of new words (an attacker's) only empties it now and then, which costs no
 * more than not having it. Not an LRU: a lock-free map with a size check is all a word's few
 * microseconds of analysis are worth, and the cost of a miss is the same work as without it.
 */
public final class BoundedMemo<K, V> {
  private final Map<K, V> values = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<K, V> function;

  public BoundedMemo(int capacity, Function<K, V> function) {
    this.capacity = capacity;
    this.function = function;
  }

  public V get(K key) {
    return get(key, function);
  }

  /**
   * As {@link #get(Object)}, computing a missing answer with {@code same}, which must give what the
   * memo's own function gives (a caller's cheaper way to the same answer).
   */
  public V get(K key, Function<K, V> same) {
    V value = values.get(key);
    if (value != null) {
      return value;
    }
    if (values.size() >= capacity) {
      values.clear();
    }
    value = same.apply(key);
    values.put(key, value);
    return value;
  }
}
