package no.selvhjelp.finder.server.web;

import java.util.Set;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.Links;

/**
 * The standalone server's HTML side, built from the engine: the embed pages, the visitor page, the
 * web resources, and the response headers filter. {@code HttpHost} registers these beside the REST
 * application, so tests and the server run the same set.
 */
public final class WebPages {
  /** The visitor page searches on itself; a group's page is the embed one. */
  private static final Links SITE =
      new Links("/", Links.EMBED.groupList(), Links.EMBED.detailPrefix());

  private final Set<Object> singletons;

  public WebPages(Engine engine) {
    Components embed = components(engine, Links.EMBED);
    Components site = components(engine, SITE);
    HtmlPages pages = new HtmlPages(embed.renderer());
    StaticAssets assets = new StaticAssets();
    this.singletons =
        Set.of(
            new EmbedGroupsResource(embed, pages),
            new EmbedGroupListResource(embed, pages),
            new EmbedContactPointsResource(embed, pages),
            new EmbedDistrictOfficeResource(embed, pages),
            new EmbedAboutResource(embed, pages),
            new VisitorPageResource(site),
            new WebResourcesResource(assets),
            new WidgetScriptResource(assets),
            new ConfigurePageResource(assets),
            new WebHeadersFilter(engine.json()));
  }

  private static Components components(Engine engine, Links links) {
    return new Components(
        engine.store(),
        engine.search(),
        engine.referenceData(),
        engine.messages(),
        engine.json(),
        links);
  }

  public Set<Object> singletons() {
    return singletons;
  }
}
