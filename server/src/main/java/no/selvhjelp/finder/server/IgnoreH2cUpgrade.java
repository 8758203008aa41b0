package no.selvhjelp.finder.server;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Java's default HTTP client, and curl with --http2, offer {@code Upgrade: h2c} on plain HTTP.
 * Grizzly then treats the connection as upgraded and closes it without an answer. An offer may be
 * declined (RFC 9110, 7.8), so this filter, right after the HTTP codec, drops the offer and the
 * request is served as ordinary HTTP/1.1.
 */
final class IgnoreH2cUpgrade extends BaseFilter implements AddOn {
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    builder.add(codec + 1, this);
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Object message = ctx.getMessage();
    if (message instanceof HttpContent content) {
      HttpHeader header = content.getHttpHeader();
      if (header.isRequest()
          && header.isUpgrade()
          && header.getUpgrade().toLowerCase().contains("h2c")) {
        header.getUpgradeDC().recycle();
        // The codec already marked the exchange as upgraded, which would skip content framing.
        header.setIgnoreContentModifiers(false);
        header.getHeaders().removeHeader(Header.Upgrade);
        header.getHeaders().removeHeader("HTTP2-Settings");
      }
    }
    return ctx.getInvokeAction();
  }
}
