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
import no.selvhjelp.finder.render.CoverageComponent;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;

/**
 * Model of the {@code coverage} component (templates/components/coverage.yaml): {@link
 * CoverageComponent}, with the district office's fylker from the dialog and the CSV from the
 * module's REST endpoint.
 */
public final class CoverageModel extends ComponentModel {
  static final String CSV_PATH = "/.rest/selvhjelp/v1/coverage/csv";

  @Inject
  public CoverageModel(
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
    List<String> fylker;
    try {
      fylker = Presets.list(properties(getNode()).get("fylker"));
    } catch (RepositoryException ex) {
      throw new IllegalStateException("Cannot read the component's fylker", ex);
    }
    return new CoverageComponent(e.coverage(), e.referenceData(), e.messages(), CSV_PATH)
        .render(presets, fylker, params);
  }
}
