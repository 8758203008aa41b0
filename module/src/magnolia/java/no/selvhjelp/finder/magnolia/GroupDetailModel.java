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
import no.selvhjelp.finder.render.GroupDetailComponent;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;

/**
 * Model of the {@code groupDetail} component (templates/components/groupDetail.yaml): {@link
 * GroupDetailComponent}.
 */
public final class GroupDetailModel extends ComponentModel {
  @Inject
  public GroupDetailModel(
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
    // The editor may fix the group; otherwise the finder on this page links here with ?group=.
    List<String> asked = params.get(GROUP_PARAMETER);
    String id = presets.groupId() != null || asked == null || asked.isEmpty() ? null : asked.get(0);
    return new GroupDetailComponent(e.store(), e.referenceData(), e.messages(), e.json(), links)
        .render(id, presets, params);
  }
}
