package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.content.Messages;
import org.junit.jupiter.api.Test;

/**
 * The light module's declarations hold together: every template definition points to a template and
 * a dialog that exist, every include resolves, every i18n key that a dialog, a definition or a
 * template uses exists in the Bokmål, Nynorsk and English bundles, and every template escapes.
 */
class LightModuleTest {
  private static final Path TEMPLATES = LightModuleYaml.MODULE.resolve("templates");
  private static final Path DIALOGS = LightModuleYaml.MODULE.resolve("dialogs");
  private static final Path I18N = LightModuleYaml.MODULE.resolve("i18n");
  private static final List<String> LABEL_KEYS =
      List.of("title", "label", "description", "leftColumnCaption", "rightColumnCaption");
  private static final Pattern I18N_IN_TEMPLATE = Pattern.compile("i18n\\['([^']+)'\\]");

  @Test
  void everyComponentDefinitionPointsToItsTemplateDialogAndAdapter() {
    List<Path> definitions = LightModuleYaml.files(TEMPLATES, ".yaml");
    assertThat(definitions).hasSize(7);
    for (Path file : definitions) {
      Map<String, Object> def = LightModuleYaml.load(file);
      String name = file.getFileName().toString().replace(".yaml", "");
      assertThat(def.get("renderType")).as(file.toString()).isEqualTo("freemarker");
      String script = (String) def.get("templateScript");
      assertThat(script).isEqualTo("/selvhjelp/templates/components/" + name + ".ftl");
      assertThat(LightModuleYaml.resolve(script)).as(script).isRegularFile();
      String dialog = (String) def.get("dialog");
      assertThat(dialog).startsWith("selvhjelp:");
      Path dialogFile = DIALOGS.resolve(dialog.substring("selvhjelp:".length()) + ".yaml");
      assertThat(dialogFile).as(dialog).isRegularFile();
      assertThat(LightModuleYaml.load(dialogFile)).containsKey("form");
      String adapter = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Model";
      assertThat(def.get("modelClass")).isEqualTo("no.selvhjelp.finder.magnolia." + adapter);
    }
  }

  @Test
  void dialogFieldsAreThePresetsTheRenderModelsRead() {
    Set<String> presets =
        Set.of(
            "heading",
            "kommune",
            "themes",
            "languages",
            "format",
            "pageSize",
            "uiLanguage",
            "groupId",
            "courseBy",
            "afterCourse",
            "fylker", // the coverage component's area, read by CoverageModel
            "coveragePage"); // where a district office links to, read by DistrictOfficeModel
    for (Path file : LightModuleYaml.files(DIALOGS, ".yaml")) {
      Map<?, ?> properties =
          (Map<?, ?>) ((Map<?, ?>) LightModuleYaml.load(file).get("form")).get("properties");
      for (Map.Entry<?, ?> field : properties.entrySet()) {
        assertThat(presets).as(file + " field").contains(String.valueOf(field.getKey()));
        assertThat(((Map<?, ?>) field.getValue()).get("$type"))
            .as(file + " " + field.getKey())
            .isNotNull();
      }
    }
  }

  @Test
  void theThemeFieldOffersExactlyTheFourteenThemes() {
    Map<String, Object> field =
        LightModuleYaml.load(LightModuleYaml.resolve("/selvhjelp/includes/themesField.yaml"));
    assertThat(LightModuleYaml.valuesOf(field, List.of("value")))
        .containsExactlyElementsOf(Codes.THEMES);
  }

  @Test
  void everyI18nKeyOfTheDefinitionsAndDialogsExistsInNbNnAndEn() {
    List<String> keys = new ArrayList<>();
    for (Path folder : List.of(TEMPLATES, DIALOGS)) {
      for (Path file : LightModuleYaml.files(folder, ".yaml")) {
        keys.addAll(LightModuleYaml.valuesOf(LightModuleYaml.load(file), LABEL_KEYS));
      }
    }
    List<String> i18nKeys =
        keys.stream().filter(k -> k.startsWith("selvhjelp.")).distinct().toList();
    assertThat(i18nKeys).hasSizeGreaterThan(30);
    assertKeysExist(i18nKeys);
  }

  @Test
  void everyI18nKeyOfTheTemplatesExistsInNbNnAndEn() throws IOException {
    List<String> keys = new ArrayList<>();
    for (Path file : LightModuleYaml.files(TEMPLATES, ".ftl")) {
      Matcher m = I18N_IN_TEMPLATE.matcher(Files.readString(file));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    assertThat(keys).hasSizeGreaterThan(40);
    assertKeysExist(keys.stream().distinct().toList());
  }

  @Test
  void nbNnAndEnBundlesHaveTheSameKeys() {
    Set<String> nb = bundle("nb").stringPropertyNames();
    assertThat(bundle("nn").stringPropertyNames()).isEqualTo(nb);
    assertThat(bundle("en").stringPropertyNames()).isEqualTo(nb);
  }

  @Test
  void motherTongueBundlesHoldEveryVisitorTextAndNoEditorText() {
    Set<String> visitorKeys = new java.util.TreeSet<>();
    bundle("nb").stringPropertyNames().stream()
        .filter(Messages::isVisitorKey)
        .forEach(visitorKeys::add);
    for (String lang : Messages.PAGE_LANGUAGES) {
      if (!Messages.TEAM_LANGUAGES.contains(lang)) {
        assertThat(bundle(lang).stringPropertyNames()).as(lang).isEqualTo(visitorKeys);
      }
    }
  }

  @Test
  void everyTemplateEscapesHtmlAndInsertsMarkupOnlyWhereDocumented() throws IOException {
    for (Path file : LightModuleYaml.files(TEMPLATES, ".ftl")) {
      String source = Files.readString(file);
      assertThat(source).as(file.toString()).startsWith("[#ftl output_format=\"HTML\"]");
      String text = source.replaceAll("(?s)\\[#--.*?--\\]", ""); // comments may name ?no_esc
      Matcher m = Pattern.compile("\\$\\{([^}]*)\\?no_esc\\}").matcher(text);
      while (m.find()) {
        assertThat(m.group(1)).as(file + ": ?no_esc").isIn("h.highlight", "model.jsonLd");
      }
      assertThat(text.replaceAll("\\$\\{(h\\.highlight|model\\.jsonLd)\\?no_esc\\}", ""))
          .as(file + " has no other unescaped output")
          .doesNotContain("?no_esc", "noautoesc", "?esc_off", "output_format=\"plain");
    }
  }

  private static void assertKeysExist(List<String> keys) {
    for (String lang : List.of("nb", "nn", "en")) {
      Properties bundle = bundle(lang);
      assertThat(keys)
          .as("keys missing from the " + lang + " bundle")
          .allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
    }
  }

  private static Properties bundle(String lang) {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(I18N.resolve("selvhjelp-messages_" + lang + ".properties"))) {
      p.load(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
