package no.selvhjelp.finder.magnolia;

import info.magnolia.context.WebContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.template.RenderableDefinition;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.DistrictOfficeComponent;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;

/**
 * Model of the {@code districtOffice} component (templates/components/districtOffice.yaml): {@link
 * DistrictOfficeComponent}.
 */
public final class DistrictOfficeModel extends ComponentModel {
  @Inject
  public DistrictOfficeModel(
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
    // The editor names the page with the coverage component (none: no link to it).
    String coveragePage;
    try {
      coveragePage = Presets.text(properties(getNode()).get("coveragePage"));
    } catch (RepositoryException ex) {
      throw new IllegalStateException("Cannot read the component's coverage page", ex);
    }
    return new DistrictOfficeComponent(e.store(), e.referenceData(), e.messages(), coveragePage)
        .render(presets, params);
  }
}
