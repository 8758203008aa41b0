package no.selvhjelp.finder.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's answers, up to {@code capacity} of them, in two generations of half
 * that each (a key copied into the young generation counts in both): new answers go into the young
 * one; when it is full it becomes the old one and the previous old one is dropped; an answer found
 * in the old one is copied into the young one. So a key asked for at least once a generation is
 * kept however many new keys come between, and a key not asked for in two generations is forgotten.
 *
 * <p>For per-word work in a search (a word's analysis, its query over the fields) that depends on
 * the word alone: visitors type the same few hundred words again and again. Until 2026-12-05 the
 * memo forgot everything when full: a stream of new words (an attacker's 16 unknown words a search)
 * emptied every word memo a few times a second, so everybody else's searches did all that work
 * again after each, and the search that emptied a map walked all its entries to do it (issue 13).
 * Not an LRU: lock-free maps and a swap of two references are all a word's few microseconds of work
 * are worth.
 *
 * <p>Threads that fill the young generation at the same moment may each add their answer before one
 * of them starts the next, or just after, to the generation that has just become old: the memory
 * holds at most the capacity plus two answers per thread adding at the same moment.
 */
public final class BoundedMemo<K, V> {
  private static final VarHandle GENERATIONS;

  static {
    try {
      GENERATIONS =
          MethodHandles.lookup().findVarHandle(BoundedMemo.class, "generations", Generations.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The young generation, which takes new answers, and the old one, which is only read. */
  private record Generations<K, V>(Map<K, V> young, Map<K, V> old) {}

  private final int perGeneration;
  private final Function<K, V> function;

  // The first generation starts small: most memories (a reader's, which lives until the next edit)
  // never fill one.
  private volatile Generations<K, V> generations =
      new Generations<>(new ConcurrentHashMap<>(), Map.of());

  public BoundedMemo(int capacity, Function<K, V> function) {
    if (capacity < 2) {
      throw new IllegalArgumentException("a memo holds two generations of at least one answer");
    }
    this.perGeneration = capacity / 2;
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
    Generations<K, V> g = generations;
    V value = g.young().get(key);
    if (value != null) {
      return value;
    }
    value = g.old().get(key);
    if (value == null) {
      value = same.apply(key);
    }
    young(g).put(key, value);
    return value;
  }

  /** The generation to add to: a new one when the young one is full. */
  private Map<K, V> young(Generations<K, V> seen) {
    if (seen.young().size() < perGeneration) {
      return seen.young();
    }
    // Sized for a full generation: one that fills up once fills up again, and growing a map from
    // its default size rehashes it a dozen times, on the searches that add to it.
    Generations<K, V> next =
        new Generations<>(new ConcurrentHashMap<>(perGeneration), seen.young());
    // One thread starts the next generation; the others add to whichever it started.
    return GENERATIONS.compareAndSet(this, seen, next) ? next.young() : generations.young();
  }

  /** Answers held now, in both generations (a key in both counts twice). */
  int size() {
    Generations<K, V> g = generations;
    return g.young().size() + g.old().size();
  }
}
