package no.selvhjelp.finder.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/** What the benchmark needs from the JVM and the machine: heap, quiet, and a description. */
final class Machine {
  private Machine() {}

  /**
   * Heap in use after full collections. Several, because one {@code System.gc()} may leave garbage
   * that finalisation or reference processing only frees on the next.
   */
  static long heapUsedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Garbage collections so far, of every collector of this JVM. */
  static long collections() {
    long sum = 0;
    for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, bean.getCollectionCount());
    }
    return sum;
  }

  /**
   * Waits until the process's other threads are idle: the engine rebuilds its suggester two seconds
   * after content changes, and Jackrabbit flushes and merges its own index in the background. On
   * two cores either would take one from the measurement. Idle means the other threads together
   * used under 10% of a core for two half-second windows in a row.
   *
   * @return how long it waited; never longer than {@code max}
   */
  static Duration awaitQuiet(Duration max) throws InterruptedException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long window = Duration.ofMillis(500).toNanos();
    long before = otherThreadsCpu(threads);
    int quietWindows = 0;
    while (quietWindows < 2 && System.nanoTime() - start < max.toNanos()) {
      Thread.sleep(window / 1_000_000); // a measuring window, not a poll for a result
      long now = otherThreadsCpu(threads);
      quietWindows = now - before < window / 10 ? quietWindows + 1 : 0;
      before = now;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * Waits until the whole machine is idle: for a server in another process (the HTTP benchmark),
   * whose work after an import (Jackrabbit's own index, merges, collecting the import's garbage)
   * went on for minutes and took most of both cores from the first measurements. Idle means under
   * 15% of the machine busy for two one-second windows in a row, read from {@code /proc/stat};
   * where that cannot be read (not Linux), it returns at once.
   *
   * @return how long it waited; never longer than {@code max}
   */
  static Duration awaitMachineQuiet(Duration max) throws InterruptedException {
    long start = System.nanoTime();
    long[] before = cpuTicks();
    if (before == null) {
      return Duration.ZERO;
    }
    int quietWindows = 0;
    while (quietWindows < 2 && System.nanoTime() - start < max.toNanos()) {
      Thread.sleep(1_000); // a measuring window, not a poll for a result
      long[] now = cpuTicks();
      long busy = now[0] - before[0];
      long total = busy + now[1] - before[1];
      quietWindows = total > 0 && busy * 100 < total * 15 ? quietWindows + 1 : 0;
      before = now;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Busy and idle (with iowait) ticks of all cores since boot, or null without /proc/stat. */
  private static long[] cpuTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      long all = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        all += Long.parseLong(f[i]);
      }
      return new long[] {all - idle, idle};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long otherThreadsCpu(ThreadMXBean threads) {
    long self = Thread.currentThread().getId();
    long total = 0;
    for (long id : threads.getAllThreadIds()) {
      long cpu = id == self ? -1 : threads.getThreadCpuTime(id);
      total += Math.max(cpu, 0);
    }
    return total;
  }

  /** The engine logs every import batch at INFO; the benchmark reports for itself. */
  static void quietLogs() {
    for (String name : List.of("no.selvhjelp", "org.apache.jackrabbit")) {
      if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
        logger.setLevel(ch.qos.logback.classic.Level.WARN);
      }
    }
  }

  /** JVM, heap limit, cores, OS, CPU model and date, for the report's header. */
  static Map<String, String> describe() {
    Map<String, String> m = new HashMap<>();
    Runtime rt = Runtime.getRuntime();
    m.put(
        "jvm",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    // The starting heap matters as much as the largest: a heap that a forced collection shrinks
    // must take fresh memory from the system again, which slows the searches right after.
    List<String> heapFlags =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xm") || a.contains("PreTouch"))
            .toList();
    m.put(
        "xmx",
        (heapFlags.isEmpty() ? "(default)" : String.join(" ", heapFlags))
            + ", max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
    m.put("cores", String.valueOf(rt.availableProcessors()));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("cpu", cpuModel());
    m.put(
        "gc",
        String.join(
            ", ",
            ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(b -> b.getName())
                .toList()));
    m.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    return m;
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
