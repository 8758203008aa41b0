package no.selvhjelp.finder.render;

import java.util.List;

/**
 * Small view shapes shared by several components. Views reach the templates as plain hashes of
 * these names (see {@link ComponentRenderer}); a null field is simply absent.
 */
public final class Views {
  private Views() {}

  /**
   * The language a group's own texts are written in, for a {@code lang} attribute: editors write
   * them in Bokmål or Nynorsk whatever languages the group meets in, so Nynorsk where the group
   * names Nynorsk and not Bokmål, else Bokmål. On a page in another language a screen reader then
   * reads them with a Norwegian voice (WCAG 3.1.2), not an Arabic one.
   */
  static String textLang(List<String> groupLanguages) {
    return groupLanguages.contains("nn") && !groupLanguages.contains("nb") ? "nn" : "nb";
  }

  /** An option of a select, or a checkbox. */
  public record Option(String value, String label, boolean selected) {}

  /** A link that navigates within the component. */
  public record Link(String label, String href) {}

  /** One thing wrong with the request, for the error state. */
  public record ErrorItem(String field, String message) {}

  /** A contact point, as the finder's empty state and the contact-points component show it. */
  public record ContactCard(
      String id,
      String name,
      String type,
      String address,
      String phone,
      String phoneHref,
      String email,
      String url,
      String description) {}

  /** A person to contact: a group's contact, or a district office's staff. */
  public record Person(
      String name, String role, String phone, String phoneHref, String email, String url) {}
}
