package no.selvhjelp.finder.server.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.OfficeContact;

/** Seven fictional district offices that between them serve every fylke exactly once. */
final class DemoOffices {
  /** Own seed, so adding a group elsewhere never renames the people at an office. */
  private static final long SEED = 2024_07L;

  private record Spec(
      String key, String name, String kommunenummer, int people, List<String> fylker) {}

  private static final List<Spec> SPECS =
      List.of(
          new Spec("ost", "Selvhjelp Norge Øst", "0301", 3, List.of("03", "31", "32")),
          new Spec("innlandet", "Selvhjelp Norge Innlandet", "3403", 1, List.of("34")),
          new Spec("sorost", "Selvhjelp Norge Sørøst", "3905", 2, List.of("33", "39", "40")),
          new Spec("sorvest", "Selvhjelp Norge Sørvest", "1103", 2, List.of("11", "42")),
          new Spec("vest", "Selvhjelp Norge Vest", "4601", 3, List.of("46", "15")),
          new Spec("midt", "Selvhjelp Norge Midt", "5001", 2, List.of("50")),
          new Spec("nord", "Selvhjelp Norge Nord", "5501", 3, List.of("18", "55", "56")));

  private final DemoPlaces places;

  DemoOffices(DemoPlaces places) {
    this.places = places;
  }

  List<DistrictOffice> build() {
    Random random = new Random(SEED);
    List<DistrictOffice> offices = new ArrayList<>();
    for (Spec spec : SPECS) {
      List<OfficeContact> contacts = new ArrayList<>();
      for (int i = 0; i < spec.people(); i++) {
        String person = DemoPeople.name(random);
        contacts.add(
            new OfficeContact(
                person,
                DemoPeople.role(i, random),
                DemoPlaces.phone(random),
                DemoPeople.email(person)));
      }
      String postnummer = places.postnummer(spec.kommunenummer(), random);
      String address =
          DemoPlaces.pick(DemoTextsBokmaal.PHRASES.streets(), random)
              + " "
              + (1 + random.nextInt(40))
              + ", "
              + postnummer
              + " "
              + places.poststed(postnummer);
      offices.add(
          new DistrictOffice(
              id(spec),
              spec.name(),
              spec.fylker(),
              address,
              DemoPlaces.phone(random),
              DemoPeople.email("post." + spec.key()),
              DemoPeople.url("distriktskontor/" + spec.key()),
              description(spec),
              contacts));
    }
    return offices;
  }

  /** Which office serves each fylke, for contact points to point at. */
  static Map<String, String> officeByFylke() {
    Map<String, String> byFylke = new LinkedHashMap<>();
    for (Spec spec : SPECS) {
      spec.fylker().forEach(f -> byFylke.put(f, id(spec)));
    }
    return byFylke;
  }

  private static String id(Spec spec) {
    return "demo-kontor-" + spec.key();
  }

  private String description(Spec spec) {
    String served = joinNorwegian(spec.fylker().stream().map(places::fylkeName).toList());
    return spec.name()
        + " er et fiktivt distriktskontor som hjelper folk i "
        + served
        + " med å starte og drive selvhjelpsgrupper. Kontoret gir veiledning til nye grupper,"
        + " holder kurs for igangsettere og hjelper med å finne lokaler. Alle navn, numre og"
        + " adresser er oppdiktet. (Demoinnhold: fiktivt kontor.)";
  }

  /** "A", "A og B", "A, B og C". */
  private static String joinNorwegian(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " og "
        + names.get(names.size() - 1);
  }
}
