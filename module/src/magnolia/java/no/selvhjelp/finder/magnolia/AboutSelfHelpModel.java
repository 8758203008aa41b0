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
import no.selvhjelp.finder.render.AboutComponent;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;

/**
 * Model of the {@code aboutSelfHelp} component (templates/components/aboutSelfHelp.yaml): {@link
 * AboutComponent}.
 */
public final class AboutSelfHelpModel extends ComponentModel {
  @Inject
  public AboutSelfHelpModel(
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
    return new AboutComponent(e.messages()).render(presets, params);
  }
}
