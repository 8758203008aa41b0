package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code /configure}: the page where a web editor puts together the embed code. */
@Path("configure")
public final class ConfigurePageResource {
  private final StaticAssets assets;

  ConfigurePageResource(StaticAssets assets) {
    this.assets = assets;
  }

  @GET
  public Response page() {
    return Assets.serve(assets, "configure.html");
  }
}
