package info.magnolia.init;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.init.MagnoliaConfigurationProperties} (test
 * scope, never packaged): only {@code getProperty(String)}, which resolves {@code magnolia.home}
 * and the other {@code magnolia.properties} keys. Checked against Magnolia's public UI sources,
 * {@code info/magnolia/ui/framework/config/GroovyScriptDefinitionManager.java}, which injects it
 * and calls {@code getProperty("magnolia.home")}; merkle-open/magnolia-testing's {@code
 * IntegrationTestMagnoliaConfigurationProperties.java} (6.3) extends its default implementation.
 */
public interface MagnoliaConfigurationProperties {
  String getProperty(String key);
}
