package no.selvhjelp.finder.render;

/**
 * What a component model produced for one request: the view its template reads, the HTTP status the
 * page should answer with (400 for a bad parameter, 404 for a missing group), and the page title.
 *
 * @param component the component's name: its template is {@code components/<name>.ftl}
 * @param lang the language of the component's text (its {@code lang} attribute)
 * @param dir the writing direction for the reader ({@code ltr} or {@code rtl})
 * @param view the component's view record
 */
public record ComponentView(
    String component, int status, String title, String lang, String dir, Object view) {

  public String template() {
    return "components/" + component + ".ftl";
  }

  /** groupFinder becomes shf-group-finder. */
  public String cssClass() {
    return cssClassOf(component);
  }

  /** A component's class, also the prefix of the ids in its template. */
  public static String cssClassOf(String component) {
    return "shf-" + component.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  public String headingId() {
    return cssClass() + "-heading";
  }
}
