package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Locale;

/**
 * The sign-up form's CSRF defence: a form post must come from one of our own pages. There is no
 * session or cookie to steal, but a foreign page that made its visitors' browsers post sign-ups
 * would spread spam over many addresses, past the rate limit.
 *
 * <p>Browsers set {@code Sec-Fetch-Site} and {@code Origin} themselves; pages cannot forge them.
 * When our page is framed by a kommune's site, the form and its action are still both on our
 * origin, so the post is {@code same-origin} and its {@code Origin} is ours. A client that sends
 * neither header is not a browser and so cannot be a forged cross-site request.
 */
final class SameOrigin {
  private SameOrigin() {}

  static boolean allows(HttpHeaders headers) {
    String site = headers.getHeaderString("Sec-Fetch-Site");
    if (site != null) {
      return "same-origin".equals(site.strip().toLowerCase(Locale.ROOT));
    }
    String origin = headers.getHeaderString("Origin");
    if (origin == null) {
      return true;
    }
    String host = headers.getHeaderString(HttpHeaders.HOST);
    return host != null && authority(origin).equalsIgnoreCase(host.strip());
  }

  /** "https://finder.example.org" becomes "finder.example.org"; "null" (a sandbox) becomes "". */
  private static String authority(String origin) {
    try {
      String a = URI.create(origin.strip()).getRawAuthority();
      return a == null ? "" : a;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
