package no.selvhjelp.finder.magnolia;

import info.magnolia.context.WebContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.template.RenderableDefinition;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.GroupListComponent;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;
import no.selvhjelp.finder.rest.SearchParameters;

/**
 * Model of the {@code groupList} component (templates/components/groupList.yaml): {@link
 * GroupListComponent}.
 */
public final class GroupListModel extends ComponentModel {
  @Inject
  public GroupListModel(
      Node content,
      RenderableDefinition definition,
      RenderingModel<?> parent,
      SelvhjelpModule module,
      Provider<WebContext> web) {
    super(content, definition, parent, module, web);
  }

  @Override
  protected ComponentView render(
      Engine e, Links links, Presets presets, Map<String, List<String>> params) {
    return new GroupListComponent(
            e.search(),
            e.store(),
            e.referenceData(),
            e.messages(),
            new SearchParameters(e.referenceData()),
            links)
        .render(presets, params);
  }
}
