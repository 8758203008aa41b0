package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code /favicon.ico}: browsers ask for it on every site without a link, and a 404 there is an
 * error in every visitor's console.
 */
@Path("favicon.ico")
public final class FaviconResource {
  private final StaticAssets assets;

  FaviconResource(StaticAssets assets) {
    this.assets = assets;
  }

  @GET
  public Response icon() {
    return Assets.serve(assets, "favicon.ico");
  }
}
