package no.selvhjelp.finder.api;

/** A kommune's chosen written standard: Bokmål, Nynorsk, or neutral (no choice made). */
public enum Maalform {
  BOKMAAL("nb"),
  NYNORSK("nn"),
  NOYTRAL("nb");

  private final String textLanguage;

  Maalform(String textLanguage) {
    this.textLanguage = textLanguage;
  }

  /**
   * The language code texts for this kommune should be written in; neutral falls back to Bokmål.
   */
  public String textLanguage() {
    return textLanguage;
  }
}
