package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The suggester is rebuilt after content changes while visitors keep typing. */
class GroupSuggesterTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(new ImportBatch(null, null, SearchFixtures.groups()));
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void lookupsRunningDuringRebuildsAllAnswerAndNoneFails() throws Exception {
    try (GroupSuggester suggester =
        new GroupSuggester(engine.store(), engine.referenceData(), engine.messages())) {
      suggester.rebuild();
      AtomicBoolean rebuilding = new AtomicBoolean(true);
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
      Runnable typing =
          () -> {
            while (rebuilding.get()) {
              try {
                List<Suggestion> s = suggester.suggest("sorg", "nb", 8);
                answers.add(s.size());
              } catch (Throwable t) {
                failures.add(t);
              }
            }
          };
      List<Thread> visitors =
          List.of(new Thread(typing, "visitor-1"), new Thread(typing, "visitor-2"));
      visitors.forEach(Thread::start);
      for (int i = 0; i < 30; i++) {
        suggester.rebuild(); // each rebuild retires the generation the visitors are reading
      }
      rebuilding.set(false);
      for (Thread t : visitors) {
        t.join();
      }
      assertThat(failures).isEmpty();
      assertThat(answers).isNotEmpty().allSatisfy(n -> assertThat(n).isPositive());
    }
  }
}
