package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.Test;

/** Repeated searches are answered from memory, and never after the index has changed. */
class ResultCacheTest {
  private static final Object READER = new Object();

  @Test
  void aRepeatedQueryIsComputedOnce() {
    ResultCache<GroupQuery, SearchResult> cache = new ResultCache<>(10);
    AtomicInteger computed = new AtomicInteger();
    SearchResult first = cache.get(READER, query("sorg"), () -> result(computed));
    SearchResult second = cache.get(READER, query("sorg"), () -> result(computed));
    assertThat(second).isSameAs(first);
    assertThat(computed).hasValue(1);
  }

  @Test
  void anotherReaderEmptiesTheCache() {
    ResultCache<GroupQuery, SearchResult> cache = new ResultCache<>(10);
    AtomicInteger computed = new AtomicInteger();
    cache.get(READER, query("sorg"), () -> result(computed));
    cache.get(READER, query("angst"), () -> result(computed));
    cache.get(new Object(), query("sorg"), () -> result(computed));
    assertThat(computed).hasValue(3);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesFirstWhenFull() {
    ResultCache<GroupQuery, SearchResult> cache = new ResultCache<>(2);
    AtomicInteger computed = new AtomicInteger();
    cache.get(READER, query("a"), () -> result(computed));
    cache.get(READER, query("b"), () -> result(computed));
    cache.get(READER, query("a"), () -> result(computed)); // a is now the most recent
    cache.get(READER, query("c"), () -> result(computed)); // b goes
    assertThat(computed).hasValue(3);
    cache.get(READER, query("a"), () -> result(computed));
    assertThat(computed).hasValue(3);
    cache.get(READER, query("b"), () -> result(computed));
    assertThat(computed).hasValue(4);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void sizeZeroComputesEveryTime() {
    ResultCache<GroupQuery, SearchResult> cache = new ResultCache<>(0);
    AtomicInteger computed = new AtomicInteger();
    cache.get(READER, query("sorg"), () -> result(computed));
    cache.get(READER, query("sorg"), () -> result(computed));
    assertThat(computed).hasValue(2);
  }

  @Test
  void aCachedResultCannotBeChangedByWhoeverReadsIt() {
    SearchResult r = result(new AtomicInteger());
    assertThat(r.hits()).isUnmodifiable();
    assertThat(r.facets()).isUnmodifiable();
    assertThat(r.facets().get("theme")).isUnmodifiable();
  }

  @Test
  void anImportedGroupIsFoundByTheNextSearchThoughTheQueryWasCached() throws Exception {
    try (InMemoryJackrabbit jackrabbit = new InMemoryJackrabbit();
        Engine engine = new Engine(jackrabbit).start()) {
      engine.imports().importBatch(new ImportBatch(null, null, SearchFixtures.groups()));
      engine.syncIndex();
      GroupQuery q = GroupQuery.text("sorggruppe", 10);
      SearchResult before = engine.search().search(q);
      assertThat(engine.search().search(q)).isSameAs(before);

      engine
          .imports()
          .importBatch(
              new ImportBatch(
                  null,
                  null,
                  List.of(
                      SearchFixtures.g(
                          "sorg-molde",
                          "Sorggruppe i Molde",
                          "For deg som har mistet noen.",
                          "1506",
                          "6400",
                          "physical",
                          List.of("sorg"),
                          List.of("nb")))));

      SearchResult after = engine.search().search(q);
      assertThat(after.total()).isEqualTo(before.total() + 1);
      assertThat(after.hits()).extracting(GroupHit::id).contains("sorg-molde");
    }
  }

  private static GroupQuery query(String text) {
    return GroupQuery.text(text, 10);
  }

  private static SearchResult result(AtomicInteger computed) {
    computed.incrementAndGet();
    return new SearchResult(
        0,
        1,
        10,
        new java.util.ArrayList<>(),
        new java.util.LinkedHashMap<>(Map.of("theme", new java.util.ArrayList<>())));
  }
}
