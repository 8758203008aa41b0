package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.selvhjelp.finder.render.ComponentRenderer;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Presets;

/**
 * Answers with a component: a whole page by default (for an iframe, or a link without JavaScript),
 * or with {@code fragment=true} only its {@code <section>}, which the widget inserts into a
 * kommune's page. The status is the component's own (400 for a bad parameter, 404 for no group).
 */
final class HtmlPages {
  static final String HTML = MediaType.TEXT_HTML + "; charset=UTF-8";

  private final ComponentRenderer renderer;

  HtmlPages(ComponentRenderer renderer) {
    this.renderer = renderer;
  }

  Response respond(ComponentView view, Presets presets, UriInfo uri) {
    String html = isFragment(uri) ? renderer.fragment(view, presets) : renderer.page(view, presets);
    return Response.status(view.status()).type(HTML).entity(html).build();
  }

  static boolean isFragment(UriInfo uri) {
    return "true".equals(uri.getQueryParameters().getFirst("fragment"));
  }
}
