package no.selvhjelp.finder.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.TextLimits;
import no.selvhjelp.finder.server.demo.DemoContent;

/**
 * Any number of realistic groups, the same on every run: the texts, themes, languages and format of
 * the 335 demo groups (Bokmål, Nynorsk, mother tongues) repeated, each copy in a kommune drawn from
 * all 357 with a fixed seed, so that filters and facets see a real spread. Titles get a meeting day
 * so that copies are not identical. The demo's district offices and contact points are loaded too,
 * since the groups link to them.
 */
final class SyntheticGroups {
  private static final long SEED = 20_251_125L;
  private static final List<String> DAYS =
      List.of("mandager", "tirsdager", "onsdager", "torsdager", "fredager", "lørdager", "søndager");

  private final ImportBatch demo;
  private final List<Kommune> kommuner;

  SyntheticGroups(ReferenceData ref) {
    this.demo = new DemoContent(ref).batch();
    this.kommuner = ref.kommuner().stream().sorted(Comparator.comparing(Kommune::nummer)).toList();
  }

  /** The demo's district offices and contact points, which the groups' links point to. */
  ImportBatch linkTargets() {
    return new ImportBatch(demo.districtOffices(), demo.contactPoints(), List.of());
  }

  int kommuneCount() {
    return kommuner.size();
  }

  int sourceCount() {
    return demo.groups().size();
  }

  /** Groups {@code bench-0} … {@code bench-(n-1)}; the same list for the same n, every time. */
  List<Group> derive(int n) {
    Random random = new Random(SEED);
    List<Group> sources = demo.groups();
    List<Group> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Group src = sources.get(i % sources.size());
      String kommune = kommuner.get(random.nextInt(kommuner.size())).nummer();
      String title = src.title() + " – " + DAYS.get(random.nextInt(DAYS.size()));
      if (title.length() > TextLimits.maxLength("title")) {
        title = src.title();
      }
      Group g =
          new Group(
              "bench-" + i,
              title,
              src.summary(),
              src.description(),
              src.themes(),
              src.languages(),
              src.format(),
              kommune,
              src.address(),
              null, // the source's postnummer belongs to its old kommune
              null, // lat/lon: derived on import from the kommune
              null,
              src.schedule(),
              src.status(),
              src.closedGroup(),
              src.audience(),
              src.contactPointId(),
              src.contact(),
              src.lastVerified(),
              true);
      if (!Codes.ID.matcher(g.id()).matches()) {
        throw new IllegalStateException("Invalid id " + g.id());
      }
      result.add(g);
    }
    return result;
  }

  static Group withTitle(Group g, String title) {
    return g.withText(title, g.description());
  }
}
