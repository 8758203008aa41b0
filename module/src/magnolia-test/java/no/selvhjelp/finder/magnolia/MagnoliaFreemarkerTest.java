package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import freemarker.cache.ClassTemplateLoader;
import freemarker.ext.util.ModelFactory;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import info.magnolia.context.WebContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.Session;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.ComponentRenderer;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.Presets;
import no.selvhjelp.finder.render.Templates;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every component template rendered as Magnolia renders it: the {@code model} is the component's
 * {@link ComponentModel} object (not a map), wrapped by an object wrapper built like Magnolia's
 * ({@code MagnoliaObjectWrapper}: a {@link DefaultObjectWrapper} whose {@code wrap} consults its
 * own model factories before FreeMarker's, checked against
 * ekirkilevics/Magnolia@04f5bcc93b136ca145efcd6a8340700ecfd5bf20
 * magnolia-core/src/main/java/info/magnolia/freemarker/models/MagnoliaObjectWrapper.java), and
 * {@code i18n} is Magnolia's, in the page's locale (here Bokmål) while the editor chose another
 * language for the component. The HTML must be exactly the standalone server's for the same
 * component, and the component's language must win for lang/dir and for the labels.
 */
class MagnoliaFreemarkerTest {
  private static final Pattern I18N_KEY = Pattern.compile("i18n\\['([^']+)'\\]");
  @TempDir Path indexDir;
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private SelvhjelpModule module;
  private Session session;
  private int counter;

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit::login, indexDir).start();
    engine.imports().importBatch(SelvhjelpModuleTest.batch());
    module = mock(SelvhjelpModule.class);
    when(module.engine()).thenReturn(engine);
    when(module.renderer()).thenReturn(new ComponentRenderer(new Templates(), engine.messages()));
    session = jackrabbit.login();
  }

  @AfterEach
  void stop() throws Exception {
    session.logout();
    engine.close();
    jackrabbit.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "groupFinder",
        "groupList",
        "groupDetail",
        "contactPoints",
        "districtOffice",
        "aboutSelfHelp",
        "coverage"
      })
  void everyComponentRendersUnderMagnoliasWrapperExactlyAsOnTheStandaloneServer(String component)
      throws Exception {
    for (String language : List.of("nn", "ar", "nb")) {
      Rendered rendered = render(component, language);
      assertThat(rendered.magnolia())
          .as(component + " in " + language)
          .isEqualTo(rendered.standalone());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "groupFinder",
        "groupList",
        "groupDetail",
        "contactPoints",
        "districtOffice",
        "aboutSelfHelp",
        "coverage"
      })
  void theComponentsLanguageWinsOverThePageLocaleForLabelsAndLangAndDir(String component)
      throws Exception {
    String nn = render(component, "nn").magnolia();
    assertThat(nn).contains("lang=\"nn\"").contains("dir=\"ltr\"");
    // Each label of the template whose Nynorsk and Bokmål texts differ shows in Nynorsk, although
    // Magnolia's i18n (the page's locale) is Bokmål.
    Map<String, String> nb = engine.messages().labels("nb");
    Map<String, String> nnLabels = engine.messages().labels("nn");
    String source =
        Files.readString(
            Path.of("../light-modules/selvhjelp/templates/components/" + component + ".ftl"));
    int shown = 0;
    Matcher keys = I18N_KEY.matcher(source);
    while (keys.find()) {
      String own = nnLabels.get(keys.group(1));
      String page = nb.get(keys.group(1));
      if (own != null && page != null && !own.equals(page) && nn.contains(escape(own))) {
        shown++;
        assertThat(nn).as(keys.group(1)).doesNotContain(">" + escape(page) + "<");
      }
    }
    assertThat(shown).as("labels of " + component + " shown in Nynorsk").isPositive();

    String ar = render(component, "ar").magnolia();
    if (component.equals("coverage")) {
      // Coverage is written in nb, nn and en only: an Arabic preset shows all of it in Bokmål.
      assertThat(ar).contains("lang=\"nb\" dir=\"ltr\"").doesNotContain("dir=\"rtl\"");
    } else {
      assertThat(ar).contains("dir=\"rtl\"");
    }
  }

  private record Rendered(String magnolia, String standalone) {}

  private Rendered render(String component, String uiLanguage) throws Exception {
    Node node =
        session
            .getRootNode()
            .addNode(component + "-" + uiLanguage + "-" + counter++, "nt:unstructured");
    node.setProperty("uiLanguage", uiLanguage);
    node.setProperty("kommune", "4602");
    node.setProperty("kommuner", new String[] {"4602"});
    WebContext web = web("/side.html", "sorggruppe-kinn");
    ComponentModel model = model(component, node, web);
    assertThat(model.execute()).as(component + " executes").isNull();

    Presets presets = Presets.from(ComponentModel.properties(node));
    Map<String, Object> data = new HashMap<>();
    data.put("model", model); // the object itself, as Magnolia's renderer puts it
    data.put("content", presets.asMap()); // Magnolia's content map has the node's properties
    data.put("i18n", engine.messages().labels("nb")); // Magnolia's i18n: the page's locale
    StringWriter out = new StringWriter();
    magnoliaLikeConfiguration()
        .getTemplate(Templates.ROOT + "components/" + component + ".ftl")
        .process(data, out);

    Links links = new Links("/side.html", "/side.html", "/side.html?group=");
    ComponentView view =
        model.render(engine, links, presets, ComponentModel.parameters(web.getRequest()));
    String standalone = module.renderer().fragment(view, presets);
    return new Rendered(out.toString(), standalone);
  }

  private ComponentModel model(String component, Node node, WebContext web) {
    return switch (component) {
      case "groupFinder" -> new GroupFinderModel(node, null, null, module, () -> web);
      case "groupList" -> new GroupListModel(node, null, null, module, () -> web);
      case "groupDetail" -> new GroupDetailModel(node, null, null, module, () -> web);
      case "contactPoints" -> new ContactPointsModel(node, null, null, module, () -> web);
      case "districtOffice" -> new DistrictOfficeModel(node, null, null, module, () -> web);
      case "aboutSelfHelp" -> new AboutSelfHelpModel(node, null, null, module, () -> web);
      case "coverage" -> new CoverageModel(node, null, null, module, () -> web);
      default -> throw new IllegalArgumentException(component);
    };
  }

  private static Configuration magnoliaLikeConfiguration() {
    Configuration config = new Configuration(Templates.incompatibleImprovements());
    config.setObjectWrapper(new MagnoliaLikeObjectWrapper());
    config.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/"));
    config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    return config;
  }

  /**
   * Built like Magnolia's: its own model factories (found by assignable class) have precedence,
   * FreeMarker's own factory otherwise, and any object a factory claims goes through {@code
   * handleUnknownType} rather than DefaultObjectWrapper's map and list handling.
   */
  private static final class MagnoliaLikeObjectWrapper extends DefaultObjectWrapper {
    private static final List<ClassModelFactory> OWN =
        List.of(
            new ClassModelFactory(
                Calendar.class,
                (object) ->
                    new SimpleDate(((Calendar) object).getTime(), TemplateDateModel.DATETIME)));

    MagnoliaLikeObjectWrapper() {
      super(Templates.incompatibleImprovements());
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
      if (obj != null && getModelFactory(obj.getClass()) != null) {
        return handleUnknownType(obj);
      }
      return super.wrap(obj);
    }

    @Override
    protected ModelFactory getModelFactory(Class<?> clazz) {
      for (ClassModelFactory own : OWN) {
        if (own.type().isAssignableFrom(clazz)) {
          return (object, wrapper) -> own.create().apply(object);
        }
      }
      return super.getModelFactory(clazz);
    }
  }

  private record ClassModelFactory(
      Class<?> type, java.util.function.Function<Object, TemplateModel> create) {}

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static WebContext web(String uri, String group) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getRequestURI()).thenReturn(uri);
    when(request.getParameterMap()).thenReturn(Map.of("group", new String[] {group}));
    WebContext web = mock(WebContext.class);
    when(web.getRequest()).thenReturn(request);
    return web;
  }
}
