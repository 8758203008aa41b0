package no.selvhjelp.finder.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.OfficeContact;

/**
 * Content for the page components' tests: the {@link Fixtures} in Kinn, an open group with a
 * schedule, a full one, enough Oslo groups to page through, and an item of every kind whose text is
 * an attack on the page.
 */
public final class PageFixtures {
  public static final String SCRIPT = "<script>alert(1)</script>";
  public static final String IMG = "<img src=x onerror=alert(1)>";
  public static final int OSLO_GROUPS = 25;

  private PageFixtures() {}

  public static ImportBatch batch() {
    List<Group> groups = new ArrayList<>();
    groups.add(Fixtures.fullGroup()); // closed, hybrid, in Kinn
    groups.add(openGroup());
    groups.add(fullGroup());
    groups.add(hostileGroup());
    for (int i = 1; i <= OSLO_GROUPS; i++) {
      groups.add(
          Fixtures.group(
              String.format("angst-oslo-%02d", i),
              String.format("Angstgruppe Oslo %02d", i),
              "0301",
              "physical",
              List.of("angst")));
    }
    return new ImportBatch(
        List.of(Fixtures.office(), hostileOffice()),
        List.of(Fixtures.contactPoint(), hostileContactPoint()),
        groups);
  }

  /** Open, physical, in Kinn, meeting every Tuesday at 18.30: it invites walk-ins. */
  public static Group openGroup() {
    return new Group(
        "samtalegruppe-kinn",
        "Samtalegruppe for pårørande",
        "Ei open gruppe for deg som er pårørande.",
        "Vi møtest på biblioteket.\n\nKom som du er.",
        List.of("parorende"),
        List.of("nn"),
        "physical",
        "4602",
        "Biblioteket, Strandgata 10",
        "6900",
        null,
        null,
        "Kvar tysdag kl. 18.30",
        "open",
        false,
        null,
        "frivilligsentralen-kinn",
        null,
        LocalDate.of(2026, 2, 1),
        true);
  }

  /** A full group with a schedule: it must not advertise its meeting times. */
  public static Group fullGroup() {
    return new Group(
        "full-gruppe-kinn",
        "Full gruppe i Kinn",
        null,
        null,
        List.of("depresjon"),
        List.of("nn"),
        "physical",
        "4602",
        null,
        "6900",
        null,
        null,
        "Kvar onsdag kl. 12.00",
        "full",
        false,
        null,
        null,
        null,
        null,
        true);
  }

  /** Every text field an attack: the page must show it as text. */
  public static Group hostileGroup() {
    return new Group(
        "xss-oslo",
        "Sorg " + SCRIPT,
        "Oppsummering " + IMG,
        "Beskrivelse </script><script>alert(1)</script> " + IMG,
        List.of("sorg"),
        List.of("nb"),
        "hybrid",
        "0301",
        "Gate " + IMG,
        "0150",
        null,
        null,
        "Hver mandag kl. 18.00 " + SCRIPT,
        "open",
        false,
        "Alle " + SCRIPT,
        "xss-point",
        new Contact(SCRIPT, "+47 400 00 000", "x@example.org", "https://example.org/?a=<b>"),
        LocalDate.of(2026, 1, 1),
        true);
  }

  public static ContactPoint hostileContactPoint() {
    return new ContactPoint(
        "xss-point",
        "Punkt " + SCRIPT,
        "frivilligsentral",
        List.of("0301"),
        "Gate " + IMG,
        "0150",
        null,
        null,
        "+47 22 00 00 00",
        "post@example.org",
        "https://example.org/oslo",
        "Beskrivelse " + IMG,
        "xss-office");
  }

  public static DistrictOffice hostileOffice() {
    return new DistrictOffice(
        "xss-office",
        "Kontor " + SCRIPT,
        List.of("03"),
        "Gate " + IMG,
        "+47 22 00 00 01",
        "oslo@example.org",
        "https://example.org/kontor",
        "Beskrivelse " + IMG,
        List.of(new OfficeContact("Navn " + SCRIPT, "Rolle " + IMG, "+47 900 00 001", null)));
  }
}
