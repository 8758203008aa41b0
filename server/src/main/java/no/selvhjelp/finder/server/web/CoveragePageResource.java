package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.render.ComponentRenderer;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.CoverageComponent;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /coverage}: where Norway has self-help groups and where it has none, as a whole page
 * (filters, map, tables, CSV link). The same component a district office places in Magnolia.
 */
@Path("coverage")
@Produces(MediaType.TEXT_HTML)
public final class CoveragePageResource {
  private final CoverageComponent coverage;
  private final HtmlPages pages;
  private final ComponentRenderer renderer;

  CoveragePageResource(CoverageComponent coverage, HtmlPages pages, ComponentRenderer renderer) {
    this.coverage = coverage;
    this.pages = pages;
    this.renderer = renderer;
  }

  /**
   * The whole page has the visitor page's header, language switch and footer, so that a planner can
   * get here from the finder and back; {@code fragment=true} answers with the component only.
   */
  @GET
  public Response page(@Context UriInfo uri) {
    ComponentView view = coverage.render(Presets.NONE, List.of(), uri.getQueryParameters());
    if (HtmlPages.isFragment(uri)) {
      return pages.respond(view, Presets.NONE, uri);
    }
    String html = renderer.coveragePage(view, ReferenceData.ATTRIBUTION, uri.getQueryParameters());
    return Response.status(view.status()).type(HtmlPages.HTML).entity(html).build();
  }
}
