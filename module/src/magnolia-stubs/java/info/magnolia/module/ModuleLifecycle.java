package info.magnolia.module;

/**
 * Signature stub of Magnolia 6.4's {@code info.magnolia.module.ModuleLifecycle}, for the default
 * build's compile check of the adapter only (test scope, never packaged). Checked against its use
 * in merkle-open/magnolia-content-indexer {@code
 * src/main/java/com/merkle/oss/magnolia/content/indexer/ContentIndexerModule.java} (built on
 * Magnolia 6.3.8, jakarta namespace): {@code start(ModuleLifecycleContext)} and {@code
 * stop(ModuleLifecycleContext)}.
 */
public interface ModuleLifecycle {
  void start(ModuleLifecycleContext moduleLifecycleContext);

  void stop(ModuleLifecycleContext moduleLifecycleContext);
}
