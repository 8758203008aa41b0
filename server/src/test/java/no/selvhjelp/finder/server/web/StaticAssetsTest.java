package no.selvhjelp.finder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticAssetsTest {
  private final StaticAssets assets = new StaticAssets();

  @Test
  void anAssetIsReadAndHashedOnceThenServedFromMemoryWithItsTag() {
    StaticAssets.Asset first = assets.find("selvhjelp.css").orElseThrow();
    StaticAssets.Asset again = assets.find("selvhjelp.css").orElseThrow();

    assertThat(again).isSameAs(first);
    assertThat(first.etag()).isEqualTo(WebHeadersFilter.etag(first.bytes()));
  }

  @Test
  void theAnswerCarriesTheAssetsTagForTheHeadersFilterToKeep() {
    StaticAssets.Asset css = assets.find("selvhjelp.css").orElseThrow();

    var response = Assets.serve(assets, "selvhjelp.css");

    assertThat(response.getHeaderString("ETag")).isEqualTo(css.etag());
    assertThat(response.getEntity()).isSameAs(css.bytes());
  }

  @Test
  void madeUpNamesAreNotFoundAndNotKept() {
    assertThat(assets.find("nothing-here.css")).isEmpty();
    assertThat(assets.find("../pom.xml")).isEmpty();
  }
}
