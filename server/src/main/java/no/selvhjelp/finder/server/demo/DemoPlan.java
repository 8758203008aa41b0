package no.selvhjelp.finder.server.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import no.selvhjelp.finder.api.Codes;

/**
 * Where the demo groups go, what they are about and how they run; {@link DemoGroups} writes them.
 */
final class DemoPlan {
  private DemoPlan() {}

  /**
   * Kommunenummer:ordinary groups, one line per fylke. The big cities get most, as in reality; the
   * Nynorsk and small kommuner are there so målform and sparse areas get exercised too.
   */
  static final String PLAN =
      """
      0301:28
      1103:11 1108:5 1106:4 1120:3 1121:3 1134:2
      1508:5 1506:4 1505:4 1516:3 1577:3 1520:3
      1804:6 1833:4 1806:3 1860:2
      3107:6 3105:4 3103:4
      3201:6 3203:5 3205:5
      3301:8 3328:2 3324:2
      3403:5 3405:5 3407:5 3411:3 3436:2 3422:1
      3905:5 3907:5 3901:3
      4003:4 4001:4 4020:3 4036:2
      4204:9 4203:5 4221:1
      4601:18 4621:5 4602:4 4640:4 4647:4 4614:4 4626:4 4631:3 4624:3 4618:2 4636:1
      5001:15 5006:3 5035:3 5007:3
      5501:8 5503:5 5530:2 5536:1
      5601:5 5603:3 5605:3 5607:2 5610:1
      """;

  /** Kommuner with an LMS, each of which gets one group that continues after a course. */
  static final List<String> COURSE_KOMMUNER =
      List.of(
          "0301", "4601", "5001", "1103", "5501", "4204", "1804", "4647", "3403", "5601", "3107",
          "3301", "3205", "4621", "3201");

  static final List<String> COURSE_THEMES =
      List.of("angst", "depresjon", "kronisk-sykdom", "livsmestring");

  /** Nordland, Troms and Finnmark: the reach of a "digital group for Nord-Norge". */
  static final List<String> NORD_NORGE = List.of("18", "55", "56");

  /** Fylker with few people, which still need online groups to show. */
  static final List<String> SPARSE_FYLKER = List.of("56", "55", "18", "34");

  static final List<String> TIMES =
      List.of("18.00–19.30", "18–20", "19.00–20.30", "17.30–19.00", "11.00–12.30", "12.00–13.30");

  /** Themes that plausibly go with a group's main theme, for the optional second and third. */
  static final Map<String, List<String>> RELATED =
      Map.ofEntries(
          Map.entry("angst", List.of("psykisk-helse", "livsmestring", "traumer")),
          Map.entry("depresjon", List.of("psykisk-helse", "livsmestring", "ensomhet")),
          Map.entry("sorg", List.of("traumer", "livsmestring")),
          Map.entry("rus", List.of("parorende", "psykisk-helse")),
          Map.entry("parorende", List.of("psykisk-helse", "livsmestring")),
          Map.entry("utbrenthet", List.of("psykisk-helse", "livsmestring", "depresjon")),
          Map.entry("ensomhet", List.of("psykisk-helse", "livsmestring")),
          Map.entry("samlivsbrudd", List.of("sorg", "livsmestring")),
          Map.entry("kronisk-sykdom", List.of("livsmestring", "psykisk-helse")),
          Map.entry("psykisk-helse", List.of("angst", "depresjon", "livsmestring")),
          Map.entry("spiseforstyrrelser", List.of("psykisk-helse")),
          Map.entry("traumer", List.of("angst", "psykisk-helse")),
          Map.entry("innvandrere", List.of("ensomhet", "livsmestring")),
          Map.entry("livsmestring", List.of("psykisk-helse", "ensomhet")));

  /** One ordinary group to write: where, about what, and which text variant. */
  record Slot(String kommune, String theme, int variant) {}

  /** How that group runs. */
  record Profile(
      String format, String status, boolean closed, boolean published, boolean english) {}

  /** Walks the themes from a random start per kommune, so each theme gets its share. */
  static List<Slot> slots(Random random) {
    List<Slot> slots = new ArrayList<>();
    for (String entry : PLAN.trim().split("\\s+")) {
      String[] parts = entry.split(":");
      String kommune = parts[0];
      int offset = random.nextInt(Codes.THEMES.size());
      Set<String> used = new HashSet<>();
      for (int j = 0; j < Integer.parseInt(parts[1]); j++) {
        String theme = Codes.THEMES.get((offset + j) % Codes.THEMES.size());
        int start = random.nextInt(3);
        int variant = start;
        for (int step = 0; step < 3; step++) {
          if (used.add(theme + ((start + step) % 3))) {
            variant = (start + step) % 3;
            break;
          }
        }
        slots.add(new Slot(kommune, theme, variant));
      }
    }
    return slots;
  }

  /**
   * Deals formats, statuses and flags out as fixed quotas over a shuffled order rather than by
   * chance per group, so every filter in the UI has enough hits to show whatever the seed.
   */
  static List<Profile> profiles(List<Slot> slots, DemoPlaces places, Random random) {
    int n = slots.size();
    String[] format = new String[n];
    String[] status = new String[n];
    Arrays.fill(format, "physical");
    Arrays.fill(status, "open");
    // Quotas sit above what the demo promises (25 digital, 15 hybrid, 15 starting, 8 full, 5
    // paused, 15 closed, 3-5 drafts), since the mother-tongue and course groups add few of them.
    List<Integer> order = shuffled(n, random);
    order.subList(0, 30).forEach(i -> format[i] = "digital");
    order.subList(30, 50).forEach(i -> format[i] = "hybrid");
    for (String fylke : SPARSE_FYLKER) {
      boolean hasDigital =
          IntStream.range(0, n)
              .anyMatch(i -> format[i].equals("digital") && inFylke(slots.get(i), fylke, places));
      if (!hasDigital) {
        IntStream.range(0, n)
            .filter(i -> inFylke(slots.get(i), fylke, places))
            .findFirst()
            .ifPresent(i -> format[i] = "digital");
      }
    }
    order = shuffled(n, random);
    order.subList(0, 14).forEach(i -> status[i] = "starting");
    order.subList(14, 24).forEach(i -> status[i] = "full");
    order.subList(24, 30).forEach(i -> status[i] = "paused");
    Set<Integer> closed = new HashSet<>(shuffled(n, random).subList(0, 18));
    Set<Integer> drafts = new HashSet<>(shuffled(n, random).subList(0, 4));
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean english = !places.isNynorsk(slots.get(i).kommune()) && random.nextInt(12) == 0;
      profiles.add(
          new Profile(format[i], status[i], closed.contains(i), !drafts.contains(i), english));
    }
    return profiles;
  }

  private static boolean inFylke(Slot slot, String fylkesnummer, DemoPlaces places) {
    return places.fylkesnummer(slot.kommune()).equals(fylkesnummer);
  }

  private static List<Integer> shuffled(int n, Random random) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(order, random);
    return order;
  }
}
