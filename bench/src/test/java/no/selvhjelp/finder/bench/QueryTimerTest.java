package no.selvhjelp.finder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.api.Suggestion;
import org.junit.jupiter.api.Test;

class QueryTimerTest {

  /** Answers every query with its text's length as the total, and keeps the order it was asked. */
  private static final class Recording implements GroupSearch {
    final List<String> asked = new ArrayList<>();

    @Override
    public SearchResult search(GroupQuery query) {
      asked.add(query.text());
      return new SearchResult(query.text().length(), 1, 10, List.of(), Map.of());
    }

    @Override
    public List<Suggestion> suggest(String prefix, String lang, int max) {
      return List.of();
    }
  }

  @Test
  void interleavedAsksOneQueryOfEveryKindInTurnAndSummarisesEachKindByItsOwnSamples() {
    Map<String, List<GroupQuery>> kinds = new LinkedHashMap<>();
    kinds.put("a", List.of(QueryMix.text("a1"), QueryMix.text("a22")));
    kinds.put("b", List.of(QueryMix.text("b4444")));
    Recording search = new Recording();

    Map<String, Latency> result = QueryTimer.interleaved(search, kinds, 3);

    assertThat(search.asked).containsExactly("a1", "b4444", "a22", "b4444", "a1", "b4444");
    assertThat(result).containsOnlyKeys("a", "b");
    assertThat(result.get("a").count()).isEqualTo(3);
    assertThat(result.get("b").count()).isEqualTo(3);
    // Each kind's matches are its own: (2 + 3 + 2) / 3 for a, 5 for b.
    assertThat(result.get("a").meanMatches()).isEqualTo(7 / 3.0);
    assertThat(result.get("b").meanMatches()).isEqualTo(5.0);
    assertThat(result.get("b").perSecond()).isPositive();
  }

  @Test
  void theOrderOptionChoosesBetweenOneStreamAndKindByKind() {
    assertThat(BenchOptions.parse().kindBlocks()).isFalse();
    assertThat(BenchOptions.parse("--order", "blocks").kindBlocks()).isTrue();
    assertThat(BenchOptions.parse("--order", "interleaved").kindBlocks()).isFalse();
    assertThatThrownBy(() -> BenchOptions.parse("--order", "random"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'interleaved' or 'blocks'");
  }
}
