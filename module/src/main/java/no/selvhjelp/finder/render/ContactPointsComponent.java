package no.selvhjelp.finder.render;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;

/** The contact points of one kommune: where to ask about groups, or for help to start one. */
public final class ContactPointsComponent {
  public static final String NAME = "contactPoints";

  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;

  public ContactPointsComponent(ContentStore store, ReferenceData ref, Messages messages) {
    this.store = store;
    this.ref = ref;
    this.messages = messages;
  }

  public record View(
      String heading,
      String kommune,
      List<Views.ContactCard> contactPoints,
      List<Views.ErrorItem> errors) {}

  public ComponentView render(Presets presets, Map<String, List<String>> params) {
    KommuneChoice choice = KommuneChoice.of(presets, VisitorParams.of(params), ref);
    PageLanguage language = choice.language();
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    String heading =
        presets.heading() != null
            ? presets.heading()
            : labels.text("selvhjelp.ui.contactPoints.heading");
    if (!choice.valid()) {
      View view = new View(presets.heading(), null, List.of(), choice.errors(labels));
      return new ComponentView(NAME, 400, heading, language.ui(), language.dir(), view);
    }
    String kommune = choice.kommune();
    List<Views.ContactCard> points =
        store.contactPointsOf(kommune).stream().map(cp -> Cards.of(cp, labels, ref)).toList();
    View view = new View(presets.heading(), labels.kommune(kommune), points, List.of());
    return new ComponentView(
        NAME, 200, heading + ": " + labels.kommune(kommune), language.ui(), language.dir(), view);
  }
}
