package no.selvhjelp.finder.api;

import java.util.List;

/**
 * Where Norway has self-help groups that fit a {@link CoverageQuery}, and where it has none: one
 * record per kommune, totals per fylke and for the country, and where the population figures come
 * from.
 */
public record Coverage(
    CoverageQuery query,
    List<KommuneCoverage> kommuner,
    List<AreaCoverage> fylker,
    AreaCoverage country,
    String populationDate,
    String populationSource) {
  public Coverage {
    kommuner = List.copyOf(kommuner);
    fylker = List.copyOf(fylker);
  }

  /**
   * One kommune. {@code localGroups} meet there (physical or hybrid); {@code nearestLocalKm} is the
   * distance from the kommune's centre to the nearest group that meets in person anywhere (null if
   * there is none in Norway); {@code digitalGroups} are the digital groups open to its inhabitants.
   */
  public record KommuneCoverage(
      String kommunenummer,
      String kommune,
      String fylkesnummer,
      String fylke,
      int population,
      int localGroups,
      double per10k,
      Double nearestLocalKm,
      int digitalGroups) {}

  /**
   * A fylke or the country: the sums of its kommuner, how many of them have no local group, the
   * farthest any of those is from its nearest group (null when every kommune has a local group),
   * and the digital groups open to at least one of its kommuner.
   */
  public record AreaCoverage(
      String code,
      String name,
      int kommuner,
      long population,
      int localGroups,
      double per10k,
      int kommunerWithoutLocalGroup,
      Double farthestNearestKm,
      int digitalGroups) {}
}
