package no.selvhjelp.finder.api;

import java.util.List;
import java.util.regex.Pattern;

/** The closed vocabularies of the contract. Order is the display order. */
public final class Codes {
  private Codes() {}

  public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

  public static final List<String> THEMES =
      List.of(
          "angst",
          "depresjon",
          "sorg",
          "rus",
          "parorende",
          "utbrenthet",
          "ensomhet",
          "samlivsbrudd",
          "kronisk-sykdom",
          "psykisk-helse",
          "spiseforstyrrelser",
          "traumer",
          "innvandrere",
          "livsmestring");

  public static final List<String> FORMATS = List.of("physical", "digital", "hybrid");

  public static final List<String> STATUSES = List.of("open", "starting", "full", "paused");

  public static final List<String> CONTACT_POINT_TYPES =
      List.of(
          "frivilligsentral",
          "frisklivssentral",
          "lms-kommune",
          "lms-sykehus",
          "link-senter",
          "organisasjon",
          "kommune",
          "annet");

  /** UI languages: the bundles that exist for labels. */
  public static final List<String> UI_LANGUAGES = List.of("nb", "nn", "en");

  /** ISO 639-1: two lowercase letters. Any such code is accepted for a group's languages. */
  public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
}
