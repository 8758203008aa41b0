package no.selvhjelp.finder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field, item provider, datasource and validator alias ({@code $type}) and every definition
 * class ({@code class}, and the 5 UI {@code fieldType}) anywhere under {@code light-modules/} is
 * one of Magnolia 6.4's own, as listed with its public source in {@code
 * magnolia/definition-types-6.4.txt}. A misspelt alias (Magnolia's aliases are case-sensitive:
 * {@code checkboxGroupField} is not {@code checkBoxGroupField}) makes Magnolia skip the whole
 * dialog or app, which only shows in its Definitions app; this test catches it at build time,
 * including in fields that are added later.
 */
class MagnoliaDefinitionTypesTest {
  private static final String ALLOWLIST = "/magnolia/definition-types-6.4.txt";
  private static final List<String> TYPE_KEYS = List.of("$type", "class", "fieldType");

  @Test
  void everyTypeAliasAndDefinitionClassInTheLightModulesIsOneOfMagnoliasOwn() throws IOException {
    Map<String, String> allowed = allowlist();
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    for (Path file : LightModuleYaml.files(LightModuleYaml.LIGHT_MODULES, ".yaml")) {
      for (String type : LightModuleYaml.valuesOf(LightModuleYaml.load(file), TYPE_KEYS)) {
        checked++;
        if (!allowed.containsKey(type)) {
          unknown.add(file + ": " + type);
        }
      }
    }
    assertThat(checked).as("type references found").isGreaterThan(50);
    assertThat(unknown)
        .as("not a Magnolia 6.4 alias or class listed in " + ALLOWLIST + " (with its source)")
        .isEmpty();
  }

  @Test
  void everyAllowlistEntryNamesThePublicSourceItWasCheckedAgainst() throws IOException {
    Map<String, String> allowed = allowlist();
    assertThat(allowed).isNotEmpty();
    allowed.forEach(
        (type, source) ->
            assertThat(source).as(type).containsAnyOf("docs ", "magnolia-definition-builders@"));
  }

  @Test
  void theMisspeltAliasesOfEarlierVersionsAreNotAllowed() throws IOException {
    // The two that this module used to ship: Magnolia has neither.
    assertThat(allowlist()).doesNotContainKeys("checkboxGroupField", "regexValidator");
  }

  private static Map<String, String> allowlist() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                MagnoliaDefinitionTypesTest.class.getResourceAsStream(ALLOWLIST),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int bar = line.indexOf('|');
        assertThat(bar).as("'alias | source': " + line).isPositive();
        entries.put(line.substring(0, bar).trim(), line.substring(bar + 1).trim());
      }
    }
    return entries;
  }
}
