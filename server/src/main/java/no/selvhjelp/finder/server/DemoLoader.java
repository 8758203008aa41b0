package no.selvhjelp.finder.server;

import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo content once per repository, through the same validated import as any client. A
 * marker in the repository remembers it, so deleting demo groups sticks across restarts.
 */
final class DemoLoader {
  private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
  static final String MARKER = "demoLoaded";

  private DemoLoader() {}

  /**
   * @return whether demo content was loaded now
   */
  static boolean loadOnce(Engine engine) {
    if (engine.store().hasMarker(MARKER)) {
      return false;
    }
    ImportCounts counts =
        engine.imports().importBatch(new DemoContent(engine.referenceData()).batch());
    engine.store().setMarker(MARKER);
    LOG.info(
        "Loaded demo content: {} groups, {} contact points, {} district offices (all marked as demo)",
        counts.groups(),
        counts.contactPoints(),
        counts.districtOffices());
    return true;
  }
}
