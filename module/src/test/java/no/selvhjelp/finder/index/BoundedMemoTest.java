package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
  private final Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();

  private BoundedMemo<String, String> memo(int capacity) {
    return new BoundedMemo<>(
        capacity,
        key -> {
          computed.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
          return key.toUpperCase();
        });
  }

  private int timesComputed(String key) {
    return computed.getOrDefault(key, new AtomicInteger()).get();
  }

  @Test
  void aWordAskedForBetweenAStreamOfNewWordsIsComputedOnce() {
    // A visitor's word among an attacker's: 10,000 new words, the visitor's asked for after
    // every 40 of them; a memo that forgets everything when full computed it 101 times.
    BoundedMemo<String, String> memo = memo(100);
    for (int i = 0; i < 10_000; i++) {
      if (i % 40 == 0) {
        assertThat(memo.get("angst")).isEqualTo("ANGST");
      }
      memo.get("unknown" + i);
    }
    assertThat(timesComputed("angst")).isEqualTo(1);
  }

  @Test
  void holdsNoMoreThanItsCapacityWhateverItIsAsked() {
    BoundedMemo<String, String> memo = memo(100);
    for (int i = 0; i < 10_000; i++) {
      memo.get("word" + i);
      memo.get("word" + (i / 2)); // some asked again, from the old generation
      assertThat(memo.size()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void forgetsAWordNotAskedForInTwoGenerations() {
    BoundedMemo<String, String> memo = memo(100);
    memo.get("sorg");
    for (int i = 0; i < 100; i++) {
      memo.get("other" + i);
    }
    assertThat(memo.get("sorg")).isEqualTo("SORG");
    assertThat(timesComputed("sorg")).isEqualTo(2);
  }

  @Test
  void aCallersOwnWayToTheAnswerIsRememberedToo() {
    BoundedMemo<String, String> memo = memo(10);
    assertThat(memo.get("rus", String::toUpperCase)).isEqualTo("RUS");
    assertThat(memo.get("rus")).isEqualTo("RUS");
    assertThat(timesComputed("rus")).isZero();
  }

  @Test
  void fourThreadsAtOnceGetTheFunctionsAnswersWithinTheCapacityAndTwoMorePerThread()
      throws Exception {
    BoundedMemo<String, String> memo = memo(64);
    int threads = 4;
    int bound = 64 + 2 * threads;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "memo-test"));
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        wrong.add(
            pool.submit(
                () -> {
                  start.await();
                  int mistakes = 0;
                  for (int i = 0; i < 20_000; i++) {
                    String key = "k" + ((i * 7 + seed) % 500);
                    if (!memo.get(key).equals(key.toUpperCase()) || memo.size() > bound) {
                      mistakes++;
                    }
                  }
                  return mistakes;
                }));
      }
      start.countDown();
      for (Future<Integer> f : wrong) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(memo.size()).isLessThanOrEqualTo(bound);
  }
}
