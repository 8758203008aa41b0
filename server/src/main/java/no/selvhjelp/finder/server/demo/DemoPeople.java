package no.selvhjelp.finder.server.demo;

import java.util.List;
import java.util.Random;

/**
 * Fictional people. First and last names are drawn independently from common names, so any match
 * with a real person is a coincidence. E-mail and web addresses all use example.com, a domain
 * reserved for examples (RFC 2606) that accepts no mail, so no demo item points at a real
 * organisation and no demo sign-up can reach a stranger (example.org is an ordinary domain).
 */
final class DemoPeople {
  private DemoPeople() {}

  static final String DOMAIN = "example.com";

  private static final List<String> FIRST =
      List.of(
          "Kari",
          "Ola",
          "Ingrid",
          "Lars",
          "Sigrid",
          "Nils",
          "Marte",
          "Eirik",
          "Silje",
          "Håkon",
          "Ragnhild",
          "Tor",
          "Aisha",
          "Ahmed",
          "Oksana",
          "Piotr",
          "Mona",
          "Bjørn",
          "Hilde",
          "Jon",
          "Astrid",
          "Kristian",
          "Solveig",
          "Even",
          "Maja",
          "Henrik",
          "Liv",
          "Trond",
          "Anne",
          "Ole",
          "Fatima",
          "Yonas",
          "Leila",
          "Mari",
          "Sindre",
          "Guro",
          "Ane",
          "Jørgen",
          "Tuva",
          "Arne");

  private static final List<String> LAST =
      List.of(
          "Hansen",
          "Johansen",
          "Olsen",
          "Larsen",
          "Andersen",
          "Berg",
          "Haugen",
          "Lie",
          "Dahl",
          "Nilsen",
          "Bakken",
          "Moen",
          "Solberg",
          "Strand",
          "Aas",
          "Myklebust",
          "Vik",
          "Lund",
          "Eide",
          "Hovland",
          "Sæther",
          "Nygård",
          "Rønning",
          "Hætta",
          "Somby",
          "Ali",
          "Mohamed",
          "Kowalski",
          "Tesfay",
          "Rahimi",
          "Kovalenko",
          "Sandvik",
          "Brekke",
          "Fjeld",
          "Tangen");

  private static final List<String> ROLES =
      List.of("Distriktsleder", "Rådgiver", "Seniorrådgiver", "Prosjektleder", "Rådgiver");

  static String name(Random random) {
    return DemoPlaces.pick(FIRST, random) + " " + DemoPlaces.pick(LAST, random);
  }

  /** The first person at an office leads it; the rest advise. */
  static String role(int index, Random random) {
    return index == 0 ? ROLES.get(0) : ROLES.get(1 + random.nextInt(ROLES.size() - 1));
  }

  static String email(String localPart) {
    return DemoPlaces.slug(localPart).replace('-', '.') + "@" + DOMAIN;
  }

  static String url(String path) {
    return "https://" + DOMAIN + "/demo/" + path;
  }
}
