package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's dialog values, however the host hands them over. */
class PresetsTest {
  @Test
  void readsAMagnoliaStyleContentMapWithArraysAndNumbers() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("kommune", "4602");
    content.put("themes", new String[] {"sorg", "angst", "sorg"});
    content.put("languages", List.of("nn", ""));
    content.put("pageSize", 10L);
    content.put("heading", "  ");
    content.put("jcr:primaryType", "mgnl:component");
    Presets p = Presets.from(content);
    assertThat(p.kommune()).isEqualTo("4602");
    assertThat(p.themes()).containsExactly("sorg", "angst");
    assertThat(p.languages()).containsExactly("nn");
    assertThat(p.pageSize()).isEqualTo(10);
    assertThat(p.heading()).isNull();
  }

  @Test
  void anEditorsTypoInThePageSizeFallsBackToTheDefault() {
    assertThat(Presets.from(Map.of("pageSize", "tjue")).pageSize()).isNull();
  }

  @Test
  void queryPresetsRoundTrip() {
    Map<String, List<String>> query =
        Map.of("kommune", List.of("0301"), "theme", List.of("sorg"), "size", List.of("10"));
    Presets p = Presets.fromQuery(query);
    assertThat(Presets.fromQuery(p.asQuery())).isEqualTo(p);
  }
}
