package no.selvhjelp.finder.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * One endpoint under the load of {@link HttpLoadBenchmark}, for as long as asked: the search mix of
 * 10,000 groups or the static {@code GET /widget.js}, 32 connections; the result line is printed as
 * {@link HttpLoadBenchmark} prints it, then a line with this client's own CPU time per request
 * during the run (the client shares the server's cores, so its cost is part of what limits both
 * endpoints). For the measurements that need what happens on the server around one run (its CPU
 * time, a profile), as {@code bench/cpu-per-search.sh} does; {@link HttpLoadBenchmark} runs every
 * endpoint in turn.
 *
 * <pre>
 * java -cp bench/target/selvhjelp-bench.jar no.selvhjelp.finder.bench.EndpointLoad URL SECONDS [search|static]
 * </pre>
 */
public final class EndpointLoad {
  private static final int GROUPS = 10_000;
  private static final int CONNECTIONS = 32;

  private EndpointLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2
        || args.length > 3
        || (args.length == 3 && !List.of("search", "static").contains(args[2]))) {
      System.err.println("usage: EndpointLoad URL SECONDS [search|static]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    int seconds = Integer.parseInt(args[1]);
    boolean search = args.length < 3 || args[2].equals("search");
    List<String> paths;
    if (search) {
      ReferenceData ref = ReferenceData.load();
      var groups = new SyntheticGroups(ref).derive(GROUPS);
      paths = HttpLoadBenchmark.searchPaths(new QueryMix(groups, ref));
    } else {
      paths = List.of("/widget.js");
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    var result =
        HttpLoadBenchmark.run(base, search ? "search" : "static", paths, CONNECTIONS, seconds);
    long cpu = os.getProcessCpuTime() - cpuBefore;
    System.out.printf("client CPU per request: %.2f ms%n", cpu / 1e6 / result.requests());
  }
}
