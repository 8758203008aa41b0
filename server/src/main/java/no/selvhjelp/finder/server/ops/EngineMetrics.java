package no.selvhjelp.finder.server.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import no.selvhjelp.finder.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index and the repository, read at scrape time: index size, documents by store and type
 * (index and repository should match), rebuilds.
 */
final class EngineMetrics implements MeterBinder {
  private static final Logger LOG = LoggerFactory.getLogger(EngineMetrics.class);

  /** A reading of the engine that may fail (an I/O or repository error). */
  @FunctionalInterface
  interface Reading {
    double read(Engine engine) throws Exception;
  }

  private final Engine engine;

  EngineMetrics(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("selvhjelp.index.size", engine, orNaN(e -> e.index().sizeOnDisk()))
        .description("Bytes of the live search index.")
        .baseUnit(BaseUnits.BYTES)
        .strongReference(true)
        .register(registry);
    documents(registry, "index", "group", e -> e.index().size());
    documents(registry, "repository", "group", e -> e.store().groupCount());
    documents(registry, "repository", "contact_point", e -> e.store().contactPoints().size());
    documents(registry, "repository", "district_office", e -> e.store().districtOffices().size());
    FunctionCounter.builder(
            "selvhjelp.index.rebuilds", engine, e -> (double) e.index().rebuildCount())
        .description("Completed full index rebuilds.")
        .register(registry);
    Gauge.builder("selvhjelp.index.last.rebuild", engine, e -> e.index().lastRebuildSeconds())
        .description("Duration of the last completed rebuild (-1: none yet).")
        .baseUnit("seconds")
        .strongReference(true)
        .register(registry);
  }

  private void documents(MeterRegistry registry, String store, String type, Reading reading) {
    Gauge.builder("selvhjelp.documents", engine, orNaN(reading))
        .description(
            "Documents by type, in the search index and in the repository (they should match).")
        .tag("store", store)
        .tag("type", type)
        .strongReference(true)
        .register(registry);
  }

  /**
   * A scrape must not fail because the repository is busy or closing: that gauge reads NaN (no
   * value) and the rest of the exposition is unaffected.
   */
  private static ToDoubleFunction<Engine> orNaN(Reading reading) {
    return e -> {
      try {
        return reading.read(e);
      } catch (Exception ex) {
        LOG.warn("Metrics: could not read the index or repository ({})", ex.toString());
        return Double.NaN;
      }
    };
  }
}
