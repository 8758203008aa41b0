package no.selvhjelp.finder.rest;

import java.util.Map;
import no.selvhjelp.finder.content.Messages;

/**
 * The small pages a browser gets where a visitor would otherwise see the API's JSON: while the host
 * starts (repository, index, demo content), and at an address where there is no page. In the page's
 * language and direction, with one link onward. They need no template engine, so they work before
 * anything else does. No automatic refresh: a page that reloads itself takes a screen reader's
 * place away (WCAG 2.2.1).
 */
final class StartingPage {
  private StartingPage() {}

  /**
   * @param lang the requested page language; Bokmål if it is not one
   * @param retryHref the address to try again, already relative and safe to repeat
   */
  static String html(Messages messages, String lang, String retryHref) {
    return page(messages, lang, "selvhjelp.ui.starting", "retry", retryHref);
  }

  /** No page at this address: the way to the finder instead. */
  static String notFound(Messages messages, String lang) {
    return page(messages, lang, "selvhjelp.ui.notFound", "home", "/" + langQuery(lang));
  }

  private static String langQuery(String lang) {
    return lang != null && Messages.PAGE_LANGUAGES.contains(lang) ? "?lang=" + lang : "";
  }

  private static String page(
      Messages messages, String lang, String prefix, String linkKey, String href) {
    String code = lang != null && Messages.PAGE_LANGUAGES.contains(lang) ? lang : "nb";
    Map<String, String> t = messages.labels(code);
    return "<!doctype html>\n<html lang=\""
        + code
        + "\" dir=\""
        + (Messages.isRightToLeft(code) ? "rtl" : "ltr")
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(t.get(prefix + ".title"))
        + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"/.resources/selvhjelp/webresources/selvhjelp.css\">\n"
        + "</head>\n<body class=\"shf-page shf-page-starting\">\n<main class=\"shf-main\">\n"
        + "<h1>"
        + escape(t.get(prefix + ".title"))
        + "</h1>\n<p>"
        + escape(t.get(prefix + ".text"))
        + "</p>\n<p><a href=\""
        + escape(href)
        + "\">"
        + escape(t.get(prefix + "." + linkKey))
        + "</a></p>\n</main>\n</body>\n</html>\n";
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
