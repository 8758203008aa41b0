package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * One way to answer with an asset, for the asset folder and its aliases: with the tag it was hashed
 * to when first read, which {@link WebHeadersFilter} keeps instead of hashing the bytes again.
 */
final class Assets {
  private Assets() {}

  static Response serve(StaticAssets assets, String path) {
    StaticAssets.Asset asset = assets.find(path).orElseThrow(NotFoundException::new);
    return Response.ok(asset.bytes(), asset.mediaType())
        .header(HttpHeaders.ETAG, asset.etag())
        .build();
  }
}
