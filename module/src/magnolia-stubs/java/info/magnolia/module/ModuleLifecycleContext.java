package info.magnolia.module;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.module.ModuleLifecycleContext} (test scope,
 * never packaged). The adapter only passes it through, so no member is stubbed. Checked against
 * merkle-open/magnolia-content-indexer {@code ContentIndexerModule.java}.
 */
public interface ModuleLifecycleContext {}
