package no.selvhjelp.finder.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.selvhjelp.finder.server.web.WebHeadersFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Requests Grizzly's HTTP parser refuses (a request head over {@link #MAX_HEAD_BYTES}, a request
 * line that is not HTTP) never reach a handler, and the parser answers them itself: a bare {@code
 * 400} with no headers and no body. This add-on puts, in the parser's place, the same parser with
 * our answer: 414 for a request line over the limit, 431 for headers over it (or too many), 505 for
 * an HTTP version the parser does not take, 400 otherwise, each with the security headers, {@code
 * no-store} and a one-line JSON body.
 *
 * <p>Why a subclass of the parser: its error answer is written inside the parser ({@code
 * commitAndCloseAsError}), before {@code ErrorPageGenerator}s, HTTP handlers or Jersey exist for
 * the request, and the only hooks are the parser's own protected {@code onHttpHeaderError} (which
 * sees the cause) and {@code customizeErrorResponse} (which builds the answer). A filter around the
 * parser would have to re-parse its bytes to tell the cases apart.
 */
final class ParserErrorAnswers implements AddOn {
  /**
   * The request line and all headers together. Grizzly's default, said here so that the answers and
   * the operations guide name the same figure. Search text is limited to 500 characters and ids to
   * 64, so no URL of ours comes near it.
   */
  static final int MAX_HEAD_BYTES = 8 * 1024;

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    HttpServerFilter grizzlys = (HttpServerFilter) builder.get(codec);
    builder.set(codec, new Parser(listener, grizzlys));
  }

  /** Grizzly's parser, built and configured exactly as {@code HttpServer} builds it. */
  private static final class Parser extends HttpServerFilter {
    private static final HttpStatus HEADERS_TOO_LARGE =
        HttpStatus.newHttpStatus(431, "Request Header Fields Too Large");

    private final int maxHeaders;

    @SuppressWarnings("deprecation") // the constructor HttpServer itself uses
    Parser(NetworkListener listener, HttpServerFilter grizzlys) {
      super(
          listener.isChunkingEnabled(),
          MAX_HEAD_BYTES,
          null,
          listener.getKeepAlive(),
          null,
          listener.getMaxRequestHeaders(),
          listener.getMaxResponseHeaders());
      for (var encoding : grizzlys.getContentEncodings()) {
        addContentEncoding(encoding);
      }
      setAllowPayloadForUndefinedHttpMethods(grizzlys.isAllowPayloadForUndefinedHttpMethods());
      setMaxPayloadRemainderToSkip(grizzlys.getMaxPayloadRemainderToSkip());
      setRemoveHandledContentEncodingHeaders(grizzlys.isRemoveHandledContentEncodingHeaders());
      setPreserveHeaderCase(grizzlys.isPreserveHeaderCase());
      getMonitoringConfig().addProbes(grizzlys.getMonitoringConfig().getProbes());
      this.maxHeaders = listener.getMaxRequestHeaders();
    }

    /** Sets the status from the cause; the parser then answers through the method below. */
    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable t)
        throws IOException {
      HttpResponsePacket response = ((HttpRequestPacket) header).getResponse();
      if (t instanceof MimeHeaders.MaxHeaderCountExceededException) {
        HEADERS_TOO_LARGE.setValues(response);
      } else if (t instanceof IllegalStateException && t.getMessage() != null) {
        // HttpCodecFilter's only signal of which part overflowed is its message ("HTTP packet
        // intial line is too large", sic, or "HTTP packet header is too large").
        if (t.getMessage().contains("line is too large")) {
          HttpStatus.REQUEST_URI_TOO_LONG_414.setValues(response);
        } else if (t.getMessage().contains("header is too large")) {
          HEADERS_TOO_LARGE.setValues(response);
        }
      }
      super.onHttpHeaderError(header, ctx, t);
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
      byte[] body = json(response.getStatus()).getBytes(StandardCharsets.UTF_8);
      // The request's path may not even have been read: the strictest headers, as for any
      // request no route matched.
      WebHeadersFilter.securityHeaders("", response::setHeader);
      response.setHeader("Cache-Control", "no-store");
      // Written as plain headers: when the request line never parsed, the request counts as
      // HTTP/0.9 and Grizzly skips the step that writes Content-Type and Connection.
      response.getHeaders().setValue(Header.ContentType).setString("application/json");
      response.getHeaders().setValue(Header.Connection).setString("close");
      response.setContentLength(body.length);
      return HttpContent.builder(response)
          .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
          .last(true)
          .build();
    }

    private String json(int status) {
      String limit = MAX_HEAD_BYTES / 1024 + " KiB";
      String error =
          switch (status) {
            case 414 ->
                "The request line (the URL) is too long: the request line and headers"
                    + " may be at most "
                    + limit
                    + " together";
            case 431 ->
                "The request headers are too large: the request line and headers may be"
                    + " at most "
                    + limit
                    + " together, in at most "
                    + maxHeaders
                    + " headers";
            case 505 -> "This HTTP version is not served here; use HTTP/1.1";
            default -> "The request is not valid HTTP";
          };
      return "{\"error\":\"" + error + "\"}";
    }
  }
}
