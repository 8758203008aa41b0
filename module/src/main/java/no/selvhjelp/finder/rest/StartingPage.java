package no.selvhjelp.finder.rest;

import java.util.Map;
import no.selvhjelp.finder.content.Messages;

/**
 * The small page a visitor gets while the host starts (repository, index, demo content): in the
 * page's language and direction, with a link to try again, instead of the API's JSON. It needs no
 * template engine, so it works before anything else does. No automatic refresh: a page that reloads
 * itself takes a screen reader's place away (WCAG 2.2.1).
 */
final class StartingPage {
  private StartingPage() {}

  /**
   * @param lang the requested page language; Bokmål if it is not one
   * @param retryHref the address to try again, already relative and safe to repeat
   */
  static String html(Messages messages, String lang, String retryHref) {
    String code = lang != null && Messages.PAGE_LANGUAGES.contains(lang) ? lang : "nb";
    Map<String, String> t = messages.labels(code);
    return "<!doctype html>\n<html lang=\""
        + code
        + "\" dir=\""
        + (Messages.isRightToLeft(code) ? "rtl" : "ltr")
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(t.get("selvhjelp.ui.starting.title"))
        + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"/.resources/selvhjelp/webresources/selvhjelp.css\">\n"
        + "</head>\n<body class=\"shf-page shf-page-starting\">\n<main class=\"shf-main\">\n"
        + "<h1>"
        + escape(t.get("selvhjelp.ui.starting.title"))
        + "</h1>\n<p>"
        + escape(t.get("selvhjelp.ui.starting.text"))
        + "</p>\n<p><a href=\""
        + escape(retryHref)
        + "\">"
        + escape(t.get("selvhjelp.ui.starting.retry"))
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
