package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.Coverage.AreaCoverage;
import no.selvhjelp.finder.api.Coverage.KommuneCoverage;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.search.CoverageGroups.Located;

/**
 * Turns the groups that fit a coverage query into per-kommune figures and their totals. Pure
 * arithmetic over the reference data, so it is tested without an index.
 *
 * <p>A group "meets in" its kommune unless it is digital (hybrid groups meet too). The nearest
 * group is measured from the kommune's administrative centre, the point the reference data ships,
 * to every group that meets in person and has a point, in any kommune: a visitor in a kommune with
 * no group may well live near the border of one that has.
 */
final class CoverageCalculator {
  private final ReferenceData ref;

  CoverageCalculator(ReferenceData ref) {
    this.ref = ref;
  }

  Coverage report(CoverageQuery q, List<Located> groups) {
    Map<String, Integer> local = new HashMap<>();
    List<double[]> points = new ArrayList<>();
    List<Located> digital = new ArrayList<>();
    for (Located g : groups) {
      if (g.digital()) {
        digital.add(g);
        continue;
      }
      local.merge(g.kommune(), 1, Integer::sum);
      if (g.lat() != null && g.lon() != null) {
        points.add(new double[] {g.lat(), g.lon()});
      }
    }
    NearestPoints nearest = new NearestPoints(points);

    Map<String, KommuneCoverage> all = new HashMap<>();
    for (Kommune k : ref.kommuner()) {
      int count = local.getOrDefault(k.nummer(), 0);
      Double km = nearest.nearestKm(k.lat(), k.lon());
      all.put(
          k.nummer(),
          new KommuneCoverage(
              k.nummer(),
              ref.displayName(k.nummer()),
              k.fylkesnummer(),
              ref.fylke(k.fylkesnummer()).map(Fylke::name).orElse(null),
              k.population(),
              count,
              per10k(count, k.population()),
              km == null ? null : Math.round(km * 10) / 10.0,
              (int) digital.stream().filter(g -> g.reaches(k.nummer())).count()));
    }

    List<KommuneCoverage> listed = new ArrayList<>();
    List<AreaCoverage> fylker = new ArrayList<>();
    for (Fylke f : ref.fylker()) {
      if (!q.fylker().isEmpty() && !q.fylker().contains(f.nummer())) {
        continue;
      }
      List<KommuneCoverage> inFylke = f.kommuner().stream().map(all::get).toList();
      listed.addAll(inFylke);
      fylker.add(area(f.nummer(), f.name(), inFylke, digital));
    }
    AreaCoverage country =
        area(
            "NO", "Norge", ref.kommuner().stream().map(k -> all.get(k.nummer())).toList(), digital);
    return new Coverage(
        q, listed, fylker, country, ReferenceData.POPULATION_DATE, ReferenceData.POPULATION_SOURCE);
  }

  private AreaCoverage area(
      String code, String name, List<KommuneCoverage> kommuner, List<Located> digital) {
    long population = 0;
    int groups = 0;
    int without = 0;
    Double farthest = null;
    for (KommuneCoverage k : kommuner) {
      population += k.population();
      groups += k.localGroups();
      // The farthest is asked about the kommuner without a group of their own: a kommune with one
      // is 0 km from help however far its centre is from the group's address, so an area where
      // every kommune has one has no farthest (null) rather than a distance within a kommune.
      if (k.localGroups() == 0) {
        without++;
        if (k.nearestLocalKm() != null) {
          farthest = farthest == null ? k.nearestLocalKm() : Math.max(farthest, k.nearestLocalKm());
        }
      }
    }
    int open =
        (int)
            digital.stream()
                .filter(g -> kommuner.stream().anyMatch(k -> g.reaches(k.kommunenummer())))
                .count();
    return new AreaCoverage(
        code,
        name,
        kommuner.size(),
        population,
        groups,
        per10k(groups, population),
        without,
        farthest,
        open);
  }

  private static double per10k(int groups, long population) {
    if (population <= 0) {
      return 0;
    }
    return Math.round(groups * 10_000.0 / population * 100) / 100.0;
  }
}
