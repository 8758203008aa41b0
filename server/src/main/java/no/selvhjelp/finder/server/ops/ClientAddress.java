package no.selvhjelp.finder.server.ops;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The address a request came from, as the rate limit sees it. Behind a proxy the socket's peer is
 * the proxy, so with {@code trustProxy} the last address in {@code X-Forwarded-For} is used: the
 * one our proxy appended, which a client cannot forge (addresses before it can be). Without a
 * trusted proxy the header is ignored, since anyone can send it.
 */
public final class ClientAddress {
  /** The request attribute (a Jersey request property) that carries the address. */
  public static final String ATTRIBUTE = "selvhjelp.clientAddress";

  private ClientAddress() {}

  /**
   * The address resolved for this request, as the limits key it: by {@link SearchThreads} for a
   * search, else by {@link ObservingHandler}.
   */
  static String of(ContainerRequestContext request) {
    Object address = request.getProperty(ATTRIBUTE);
    return address == null ? "unknown" : address.toString();
  }

  public static String resolve(String peer, String forwardedFor, boolean trustProxy) {
    if (trustProxy && forwardedFor != null) {
      int comma = forwardedFor.lastIndexOf(',');
      String last = forwardedFor.substring(comma + 1).strip();
      if (!last.isEmpty() && last.length() <= 64) {
        return last;
      }
    }
    return peer == null ? "unknown" : peer;
  }
}
