package no.selvhjelp.finder.server.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/**
 * The JVM and the process: Micrometer's standard binders ({@code jvm_memory_*}, {@code jvm_gc_*},
 * {@code jvm_threads_*}, {@code process_*}, {@code system_cpu_*}), and the three {@code
 * selvhjelp_jvm_*} gauges that the hand-written exposition had, kept for existing dashboards.
 * Closing removes the GC notification listener that {@link JvmGcMetrics} installs.
 */
final class JvmMetrics implements MeterBinder, AutoCloseable {
  private final JvmGcMetrics gc = new JvmGcMetrics();

  @Override
  public void bindTo(MeterRegistry registry) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Gauge.builder("selvhjelp.jvm.heap.used", memory, m -> m.getHeapMemoryUsage().getUsed())
        .description("Heap in use (same as sum(jvm_memory_used_bytes{area=\"heap\"})).")
        .baseUnit(BaseUnits.BYTES)
        .register(registry);
    Gauge.builder("selvhjelp.jvm.heap.max", memory, m -> m.getHeapMemoryUsage().getMax())
        .description("Maximum heap (-1: undefined).")
        .baseUnit(BaseUnits.BYTES)
        .register(registry);
    Gauge.builder("selvhjelp.jvm.threads", threads, ThreadMXBean::getThreadCount)
        .description("Live threads (same as jvm_threads_live_threads).")
        .register(registry);
  }

  @Override
  public void close() {
    gc.close();
  }
}
