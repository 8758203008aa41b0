package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Problem;

/**
 * A bad parameter said the way a visitor can read it: in the page's language, in plain words, with
 * no parameter names and no API paths. The API's {@link Problem}s stay technical for developers;
 * pages only use their field to choose the sentence.
 */
final class VisitorErrors {
  /** Parameters with a sentence of their own; anything else gets {@code error.other}. */
  private static final Set<String> OWN_SENTENCE =
      Set.of("q", "postnummer", "kommune", "theme", "language", "format", "page", "lang");

  private static final int MAX_ECHO = 12;

  private VisitorErrors() {}

  static List<Views.ErrorItem> of(
      List<Problem> problems, ValueLabels labels, VisitorParams visitor) {
    // One sentence per field; the field (never shown) lets the form mark its input invalid.
    Set<String> fields = new LinkedHashSet<>();
    for (Problem p : problems) {
      String field = p.field() == null ? "" : p.field();
      fields.add(OWN_SENTENCE.contains(field) ? field : "other");
    }
    List<Views.ErrorItem> items = new ArrayList<>();
    for (String field : fields) {
      String typed = visitor.first("postnummer");
      String value = typed == null ? "" : clip(typed.strip());
      String text = labels.text("selvhjelp.ui.error." + field, Map.of("value", value));
      items.add(new Views.ErrorItem(field, text));
    }
    return List.copyOf(items);
  }

  private static String clip(String s) {
    return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
  }
}
