package no.selvhjelp.finder.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The Freemarker configuration of the standalone host, set up once to render the light module's
 * templates exactly as Magnolia does: square-bracket tags, the same template names ({@code
 * /selvhjelp/templates/...}, loaded from the classpath where the module jar carries the light
 * module), and HTML auto-escaping, which each template switches on in its {@code [#ftl]} header.
 */
public final class Templates {
  /** Where the light module's templates live, on the classpath and in Magnolia's namespace. */
  public static final String ROOT = "/selvhjelp/templates/";

  /** {@link #WRITTEN_FOR}, or the running FreeMarker's version if that is older. */
  public static Version incompatibleImprovements() {
    Version running = Configuration.getVersion();
    return running.intValue() < WRITTEN_FOR.intValue()
        ? new Version(running.getMajor(), running.getMinor(), running.getMicro())
        : WRITTEN_FOR;
  }

  /**
   * The FreeMarker behaviour level the templates are written for. Magnolia decides which FreeMarker
   * the webapp has, so the level is never a {@code Configuration.VERSION_2_3_xx} constant (a
   * missing one is a {@code NoSuchFieldError} when the module starts) but this version, lowered to
   * the running FreeMarker's own where that is older (docs/install-magnolia.md names the oldest one
   * the build tests, in the magnolia-floor-libraries profile).
   */
  static final Version WRITTEN_FOR = new Version(2, 3, 34);

  private final Configuration config;

  public Templates() {
    config = new Configuration(incompatibleImprovements());
    // Template names are Magnolia's ("/selvhjelp/templates/components/x.ftl"), so imports written
    // for Magnolia resolve here too; only code chooses a template name, never a visitor.
    config.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/"));
    config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    config.setDefaultEncoding("UTF-8");
    config.setLocalizedLookup(false);
    // Numbers in templates go into URLs and attributes: never "1 234".
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    // Templates get data, not Java: no ?new, no ?api.
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
  }

  /**
   * @param name a template under {@link #ROOT}, e.g. {@code components/groupFinder.ftl}
   */
  public String render(String name, Map<String, ?> dataModel) {
    try {
      Template template = config.getTemplate(ROOT + name);
      StringWriter out = new StringWriter(8192);
      template.process(dataModel, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException(
          "Template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    }
  }
}
