package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code /.resources/selvhjelp/webresources/**}: the stylesheet and the widget's files, at the path
 * Magnolia serves a light module's web resources from, so pages link them the same way on both
 * hosts.
 */
@Path(".resources/selvhjelp/webresources")
public final class WebResourcesResource {
  private final StaticAssets assets;

  WebResourcesResource(StaticAssets assets) {
    this.assets = assets;
  }

  @GET
  @Path("{path: .+}")
  public Response asset(@PathParam("path") String path) {
    return Assets.serve(assets, path);
  }
}
