package no.selvhjelp.finder.testing;

import java.time.LocalDate;
import java.util.List;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.OfficeContact;

/** Small, readable content for tests: a few groups in Kinn (nn), Oslo and Bergen. */
public final class Fixtures {
  private Fixtures() {}

  public static DistrictOffice office() {
    return new DistrictOffice(
        "vest",
        "Selvhjelp Norge Vest",
        List.of("46", "11"),
        "Strandgaten 1, Bergen",
        "+47 55 00 00 00",
        "vest@example.org",
        "https://example.org/vest",
        "Distriktskontoret for Vestland og Rogaland.",
        List.of(
            new OfficeContact("Kari Nordmann", "Rådgiver", "+47 900 00 000", "kari@example.org")));
  }

  public static ContactPoint contactPoint() {
    return new ContactPoint(
        "frivilligsentralen-kinn",
        "Frivilligsentralen i Kinn",
        "frivilligsentral",
        List.of("4602"),
        "Torget 2",
        "6900",
        null,
        null,
        "+47 57 00 00 00",
        "post@example.org",
        "https://example.org/kinn",
        "Vi hjelper deg å starte ei gruppe.",
        "vest");
  }

  /** A group with every field set. */
  public static Group fullGroup() {
    return new Group(
        "sorggruppe-kinn",
        "Sorggruppe for etterlatne i Florø",
        "For deg som har mista nokon nær.",
        "Vi møtest kvar veke og deler erfaringar om sorga.",
        List.of("sorg", "parorende"),
        List.of("nn", "en"),
        "hybrid",
        "4602",
        "Strandgata 30",
        "6900",
        61.6,
        5.03,
        "Kvar tysdag kl. 18.00",
        "open",
        true,
        "Vaksne over 18 år",
        "frivilligsentralen-kinn",
        new Contact(
            "Ola Nordmann", "+47 400 00 000", "ola@example.org", "https://example.org/sorg"),
        LocalDate.of(2026, 3, 14),
        true);
  }

  /** A minimal published group. */
  public static Group group(
      String id, String title, String kommune, String format, List<String> themes) {
    return new Group(
        id,
        title,
        null,
        null,
        themes,
        List.of("nb"),
        format,
        kommune,
        null,
        null,
        null,
        null,
        null,
        "open",
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
