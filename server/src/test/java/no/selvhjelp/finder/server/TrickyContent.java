package no.selvhjelp.finder.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.OfficeContact;

/**
 * Content that breaks naive CSV and JSON handling: Norwegian letters, commas, quotes, line breaks,
 * leading apostrophes, and cells a spreadsheet would run as formulas.
 */
final class TrickyContent {
  static final String FORMULA = "=cmd|' /C calc'!A0";

  private TrickyContent() {}

  static DistrictOffice office() {
    return new DistrictOffice(
        "midt",
        "Selvhjelp Norge Midt, \"Trøndelag\"",
        List.of("50", "15"),
        "Kjøpmannsgata 1,\n7013 Trondheim",
        "+47 73 00 00 00",
        "midt@example.org",
        "https://example.org/midt",
        "@kontoret: «sjå» her",
        List.of(
            new OfficeContact("Åse Ødegård, leiar", "=1+1", "+47 900 11 111", "ase@example.org"),
            new OfficeContact("Øyvind \"Øy\" Æsøy", "-rådgjevar", null, null)));
  }

  static ContactPoint contactPoint() {
    return new ContactPoint(
        "lms-trondheim",
        "Lærings- og mestringssenteret, St. Olavs",
        "lms-sykehus",
        List.of("5001", "5028"),
        "Prinsesse Kristinas gate 3",
        "7030",
        63.42,
        10.39,
        "+47 72 00 00 00",
        "lms@example.org",
        "https://example.org/lms",
        "=HYPERLINK(\"http://example.invalid\",\"klikk\")\r\nAndre linje",
        "midt");
  }

  static Group group() {
    return new Group(
        "sorg-trondheim",
        FORMULA,
        "'Sitert' og \"dobbelt sitert\", med komma",
        "Linje éin\nLinje to\n\tinnrykk; semikolon; æøå ÆØÅ",
        List.of("sorg", "ensomhet"),
        List.of("nb", "nn", "ar"),
        "physical",
        "5001",
        "-Kjelleren, Olav Tryggvasons gate 1",
        "7011",
        63.43,
        10.4,
        "@kvar tysdag kl. 18, \"oddetalsveker\"",
        "open",
        false,
        "+18 år",
        "lms-trondheim",
        new Contact("+Ola, \"Nordmann\"", "+47 400 00 000", "ola@example.org", null),
        LocalDate.of(2025, 11, 3),
        true);
  }

  static Map<String, Object> batch() {
    return Map.of(
        "districtOffices", List.of(office()),
        "contactPoints", List.of(contactPoint()),
        "groups", List.of(group()));
  }
}
