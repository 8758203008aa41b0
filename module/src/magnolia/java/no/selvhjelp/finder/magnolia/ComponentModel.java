package no.selvhjelp.finder.magnolia;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import info.magnolia.context.WebContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;
import no.selvhjelp.finder.render.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the six component models share: read the editor's presets from the component node and the
 * visitor's parameters from the request, let the host-neutral component render its view, and hand
 * the template that view as {@code model}, the same hash the standalone renderer gives it ({@code
 * render/ComponentRenderer#model}). Being a {@link TemplateHashModel}, the model is not wrapped as
 * a bean: {@code model.form} reads the view's {@code form}, exactly as on the standalone server.
 */
public abstract class ComponentModel extends RenderingModelImpl<RenderableDefinition>
    implements TemplateHashModel {
  private static final Logger LOG = LoggerFactory.getLogger(ComponentModel.class);
  private static final ObjectWrapper WRAPPER =
      new DefaultObjectWrapperBuilder(Templates.incompatibleImprovements()).build();

  /** The component's texts in its own language, which the templates prefer to Magnolia's i18n. */
  static final String I18N = "i18n";

  /** The query parameter that names the group on a page with a group detail component. */
  static final String GROUP_PARAMETER = "group";

  private final SelvhjelpModule module;
  private final Provider<WebContext> web;
  private Map<String, Object> view = Map.of();

  protected ComponentModel(
      Node content,
      RenderableDefinition definition,
      RenderingModel<?> parent,
      SelvhjelpModule module,
      Provider<WebContext> web) {
    super(content, definition, parent);
    this.module = module;
    this.web = web;
  }

  /** The host-neutral component's view for these presets and request parameters. */
  protected abstract ComponentView render(
      Engine engine, Links links, Presets presets, Map<String, List<String>> params);

  @Override
  public String execute() {
    HttpServletRequest request = web.get().getRequest();
    Map<String, List<String>> params = parameters(request);
    // Paging, filters and detail links stay on the editor's page.
    String page = request.getRequestURI();
    Links links = new Links(page, page, page + "?" + GROUP_PARAMETER + "=");
    try {
      ComponentView rendered =
          render(module.engine(), links, Presets.from(properties(getNode())), params);
      Map<String, Object> model = new LinkedHashMap<>(module.renderer().model(rendered));
      // Magnolia's own i18n follows the page's locale; the templates take these texts instead
      // ([#global i18n = model.i18n]), so labels speak the component's language, like lang/dir.
      model.put(I18N, module.engine().messages().labels(rendered.lang()));
      view = model;
      return null;
    } catch (RepositoryException | RuntimeException e) {
      // Never the visitor's input in the log: the component's node path says where.
      LOG.error("Rendering a selvhjelp component at {} failed: {}", nodePath(), e.toString());
      return SKIP_RENDERING;
    }
  }

  /**
   * The view's values, wrapped by this model's own {@link DefaultObjectWrapper}, never by the
   * page's: Magnolia's object wrapper hands maps to its bean model factories, under which {@code
   * facet.values} is the Java method {@code Map.values()} rather than the map's entry, and the
   * templates break (MagnoliaFreemarkerTest). With this wrapper the templates see exactly what they
   * see on the standalone server.
   */
  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    return WRAPPER.wrap(view.get(key));
  }

  @Override
  public boolean isEmpty() {
    return view.isEmpty();
  }

  /** The view as a plain map, for tests. */
  Map<String, Object> view() {
    return view;
  }

  static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
    return params;
  }

  /** The component node's own properties (not Magnolia's {@code jcr:} and {@code mgnl:} ones). */
  static Map<String, Object> properties(Node node) throws RepositoryException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property p = it.nextProperty();
      if (p.getName().contains(":")) {
        continue;
      }
      if (p.isMultiple()) {
        List<String> list = new ArrayList<>();
        for (Value v : p.getValues()) {
          list.add(v.getString());
        }
        values.put(p.getName(), list);
      } else {
        values.put(p.getName(), p.getString());
      }
    }
    return values;
  }

  private String nodePath() {
    try {
      return getNode().getPath();
    } catch (RepositoryException | RuntimeException e) {
      return "?";
    }
  }
}
