package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code /widget.js}: the short address a kommune's site puts in its script tag. */
@Path("widget.js")
public final class WidgetScriptResource {
  private final StaticAssets assets;

  WidgetScriptResource(StaticAssets assets) {
    this.assets = assets;
  }

  @GET
  public Response script() {
    return Assets.serve(assets, "widget.js");
  }
}
