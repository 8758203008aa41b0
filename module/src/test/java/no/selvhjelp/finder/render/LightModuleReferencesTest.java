package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import no.selvhjelp.finder.api.Codes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Every reference in the light module resolves, as Magnolia would resolve it: the files that
 * definitions name exist, dialog ids and {@code !include:} targets resolve, every i18n key the YAML
 * uses exists in the Bokmål, Nynorsk and English bundles, apps are generated from content types
 * that exist and edit every property of them, link fields point to a workspace and folder that a
 * content type declares, and the Java classes that templates and REST endpoints name exist with the
 * right type. Each test collects all failures of its kind at once.
 */
class LightModuleReferencesTest {
  private static final Path MODULE = LightModuleYaml.MODULE;
  private static final String PREFIX = "selvhjelp:";
  private static final List<String> I18N_PROPERTIES =
      List.of(
          "title",
          "label",
          "description",
          "errorMessage",
          "buttonLabel",
          "placeholder",
          "leftColumnCaption",
          "rightColumnCaption");
  private static final Pattern INCLUDE = Pattern.compile("!include:(\\S+)");

  private static Map<Path, Map<String, Object>> all() {
    Map<Path, Map<String, Object>> loaded = new LinkedHashMap<>();
    for (Path file : LightModuleYaml.files(MODULE, ".yaml")) {
      loaded.put(file, LightModuleYaml.load(file));
    }
    return loaded;
  }

  private static List<Path> folder(String name) {
    return LightModuleYaml.files(MODULE.resolve(name), ".yaml");
  }

  @Test
  void everyYamlFileOfTheLightModuleParses() {
    Map<Path, Map<String, Object>> loaded = all();
    assertThat(loaded).hasSizeGreaterThanOrEqualTo(30);
    loaded.forEach((file, yaml) -> assertThat(yaml).as(file.toString()).isNotEmpty());
  }

  @Test
  void everyIncludeTargetExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int includes = 0;
    for (Path file : LightModuleYaml.files(MODULE, ".yaml")) {
      Matcher m = INCLUDE.matcher(Files.readString(file));
      while (m.find()) {
        includes++;
        if (!Files.isRegularFile(LightModuleYaml.resolve(m.group(1)))) {
          missing.add(file + " -> " + m.group(1));
        }
      }
    }
    assertThat(includes).isGreaterThan(20);
    assertThat(missing).as("!include targets that do not exist").isEmpty();
  }

  @Test
  void everyTemplateScriptExists() {
    List<String> scripts = new ArrayList<>();
    all()
        .values()
        .forEach(y -> scripts.addAll(LightModuleYaml.valuesOf(y, List.of("templateScript"))));
    assertThat(scripts).hasSizeGreaterThanOrEqualTo(6);
    assertThat(scripts)
        .allSatisfy(s -> assertThat(LightModuleYaml.resolve(s)).as(s).isRegularFile());
  }

  @Test
  void everyDialogIdResolvesToADialogOfThisModule() {
    List<String> ids = new ArrayList<>();
    all()
        .values()
        .forEach(y -> ids.addAll(LightModuleYaml.valuesOf(y, List.of("dialog", "dialogId"))));
    assertThat(ids).hasSizeGreaterThanOrEqualTo(6);
    for (String id : ids) {
      assertThat(id).as("dialog id").startsWith(PREFIX);
      Path dialog = MODULE.resolve("dialogs").resolve(id.substring(PREFIX.length()) + ".yaml");
      assertThat(dialog).as(id).isRegularFile();
      assertThat(LightModuleYaml.load(dialog)).as(id).containsKey("form");
    }
  }

  @Test
  void everyI18nKeyOfEveryYamlFileExistsInNbNnAndEn() {
    Set<String> keys = new HashSet<>();
    all()
        .values()
        .forEach(
            y ->
                LightModuleYaml.valuesOf(y, I18N_PROPERTIES).stream()
                    .filter(v -> v.startsWith("selvhjelp.") && !v.contains(" "))
                    .forEach(keys::add));
    assertThat(keys).hasSizeGreaterThan(100);
    for (String lang : List.of("nb", "nn", "en")) {
      Properties bundle = bundle(lang);
      assertThat(keys.stream().filter(k -> isBlank(bundle.getProperty(k))).sorted().toList())
          .as("keys missing from the " + lang + " bundle")
          .isEmpty();
    }
  }

  @Test
  void everyAppIsGeneratedFromAContentTypeOfThisModule() {
    List<Path> apps = folder("apps");
    assertThat(apps).hasSize(3);
    for (Path app : apps) {
      Object type = LightModuleYaml.load(app).get(LightModuleYaml.CONTENT_TYPE);
      assertThat(type).as(app + " starts with !content-type:<name>").isNotNull();
      assertThat(MODULE.resolve("contentTypes/" + type + ".yaml"))
          .as(app.toString())
          .isRegularFile();
    }
  }

  @Test
  void everyAppFormEditsEveryPropertyOfItsContentTypeAndRequiresTheRequiredOnes() {
    for (Path app : folder("apps")) {
      Map<String, Object> yaml = LightModuleYaml.load(app);
      Map<?, ?> fields = map(map(map(map(yaml, "subApps"), "detail"), "form"), "properties");
      Map<String, Object> contentType =
          LightModuleYaml.load(
              MODULE.resolve("contentTypes/" + yaml.get(LightModuleYaml.CONTENT_TYPE) + ".yaml"));
      List<?> properties = (List<?>) map(contentType, "model").get("properties");
      Set<String> names = new HashSet<>();
      for (Object p : properties) {
        Map<?, ?> property = (Map<?, ?>) p;
        String name = (String) property.get("name");
        names.add(name);
        assertThat(fields.containsKey(name)).as(app + " has a field for " + name).isTrue();
        if (Boolean.TRUE.equals(property.get("required"))) {
          assertThat(((Map<?, ?>) fields.get(name)).get("required"))
              .as(app + ": " + name + " is required by the content type")
              .isEqualTo(true);
        }
      }
      // Besides the properties, only the node name (the item's id) is edited.
      assertThat(fields.keySet().stream().map(String::valueOf).toList())
          .as(app + " fields")
          .containsExactlyInAnyOrderElementsOf(concat(names, "jcrName"));
      Map<?, ?> id = (Map<?, ?>) fields.get("jcrName");
      assertThat(id.get("required")).isEqualTo(true);
      assertThat(patterns(id)).as(app + " id validator").containsExactly(Codes.ID.pattern());
    }
  }

  @Test
  void everyLinkFieldPointsToTheFolderOfAContentTypeInItsWorkspace() {
    Map<String, Map<?, ?>> byRootPath = new LinkedHashMap<>();
    for (Path file : folder("contentTypes")) {
      Map<String, Object> type = LightModuleYaml.load(file);
      byRootPath.put((String) map(type, "datasource").get("rootPath"), type);
    }
    List<Map<?, ?>> links = new ArrayList<>();
    all()
        .values()
        .forEach(
            y ->
                walk(
                    y,
                    (key, node) -> {
                      if ("linkField".equals(node.get("$type"))) {
                        links.add(node);
                      }
                    }));
    assertThat(links).hasSize(3); // contactPointId, courseContactPointId, districtOfficeId
    for (Map<?, ?> link : links) {
      Map<?, ?> source = (Map<?, ?>) link.get("datasource");
      Map<?, ?> target = byRootPath.get((String) source.get("rootPath"));
      assertThat(target)
          .as("a content type has the link's rootPath " + source.get("rootPath"))
          .isNotNull();
      assertThat(source.get("workspace"))
          .as("the link's workspace is its content type's")
          .isEqualTo(((Map<?, ?>) target.get("datasource")).get("workspace"));
      assertThat(String.valueOf(source.get("allowedNodeTypes")))
          .isEqualTo(List.of(((Map<?, ?>) target.get("model")).get("nodeType")).toString());
    }
  }

  @Test
  void everyEmailAndPostnummerFieldIsValidated() {
    List<String> checked = new ArrayList<>();
    all()
        .forEach(
            (file, y) ->
                walk(
                    y,
                    (key, node) -> {
                      if ("email".equals(key) && isField(node)) {
                        assertThat(types(node)).as(file + " email").contains("emailValidator");
                        checked.add("email");
                      }
                      if ("postnummer".equals(key) && isField(node)) {
                        assertThat(patterns(node))
                            .as(file + " postnummer")
                            .containsExactly("[0-9]{4}");
                        assertThat("0150").matches(patterns(node).get(0));
                        checked.add("postnummer");
                      }
                    }));
    assertThat(checked).contains("email", "postnummer");
  }

  @Test
  void everyModelClassExistsAndIsAMagnoliaRenderingModel() throws Exception {
    Class<?> renderingModel = Class.forName("info.magnolia.rendering.model.RenderingModel");
    List<String> models = new ArrayList<>();
    all().values().forEach(y -> models.addAll(LightModuleYaml.valuesOf(y, List.of("modelClass"))));
    assertThat(models).hasSize(7);
    for (String model : models) {
      assertThat(renderingModel.isAssignableFrom(Class.forName(model))).as(model).isTrue();
    }
  }

  @Test
  void everyRestEndpointNamesAnExistingJaxRsClassUnderSelvhjelp() throws Exception {
    List<Path> endpoints = folder("restEndpoints");
    assertThat(endpoints).isNotEmpty();
    for (Path file : endpoints) {
      Map<String, Object> endpoint = LightModuleYaml.load(file);
      assertThat(endpoint.get("class"))
          .isEqualTo("info.magnolia.rest.registry.ConfiguredEndpointDefinition");
      Class<?> implementation = Class.forName((String) endpoint.get("implementationClass"));
      jakarta.ws.rs.Path path = implementation.getAnnotation(jakarta.ws.rs.Path.class);
      assertThat(path).as(implementation + " has a JAX-RS @Path").isNotNull();
      assertThat(path.value()).isEqualTo("/selvhjelp");
    }
  }

  @Test
  void theModuleDescriptorNamesThisModuleAndAnExistingModuleLifecycle() throws Exception {
    Document descriptor;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/magnolia/selvhjelp.xml")) {
      assertThat(in).as("META-INF/magnolia/selvhjelp.xml on the classpath").isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      descriptor = factory.newDocumentBuilder().parse(in);
    }
    String name = descriptor.getElementsByTagName("name").item(0).getTextContent();
    assertThat(name).isEqualTo(LightModuleYaml.load(MODULE.resolve("module.yaml")).get("name"));
    Class<?> moduleClass =
        Class.forName(descriptor.getElementsByTagName("class").item(0).getTextContent());
    assertThat(Class.forName("info.magnolia.module.ModuleLifecycle").isAssignableFrom(moduleClass))
        .isTrue();
    assertThat(descriptor.getElementsByTagName("workspace").item(0).getTextContent())
        .isEqualTo(
            map(LightModuleYaml.load(MODULE.resolve("contentTypes/group.yaml")), "datasource")
                .get("workspace"));
  }

  private static List<String> concat(Set<String> names, String extra) {
    List<String> all = new ArrayList<>(names);
    all.add(extra);
    return all;
  }

  private static List<String> patterns(Map<?, ?> field) {
    List<String> found = new ArrayList<>();
    Object validators = field.get("validators");
    if (validators instanceof Map<?, ?> v) {
      v.values()
          .forEach(
              x -> {
                Map<?, ?> validator = (Map<?, ?>) x;
                if ("regexpValidator".equals(validator.get("$type"))) {
                  found.add((String) validator.get("pattern"));
                }
              });
    }
    return found;
  }

  private static List<String> types(Map<?, ?> field) {
    Object validators = field.get("validators");
    return validators instanceof Map<?, ?> v
        ? v.values().stream().map(x -> String.valueOf(((Map<?, ?>) x).get("$type"))).toList()
        : List.of();
  }

  /** Every mapping in the tree, with the key it sits under. */
  private static void walk(Object node, BiConsumer<String, Map<?, ?>> visit) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (v instanceof Map<?, ?> child) {
              visit.accept(String.valueOf(k), child);
            }
            walk(v, visit);
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> walk(item, visit));
    }
  }

  private static Map<?, ?> map(Map<?, ?> parent, String key) {
    Object child = parent.get(key);
    assertThat(child).as(key).isInstanceOf(Map.class);
    return (Map<?, ?>) child;
  }

  /** A form field (validators are mappings with a {@code $type} too). */
  private static boolean isField(Map<?, ?> node) {
    return node.containsKey("$type") && !String.valueOf(node.get("$type")).endsWith("Validator");
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static Properties bundle(String lang) {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            MODULE.resolve("i18n/selvhjelp-messages_" + lang + ".properties"))) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
