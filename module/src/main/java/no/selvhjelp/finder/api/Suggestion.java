package no.selvhjelp.finder.api;

/** A completion for the search box; {@code type} says what it is (group, theme, kommune). */
public record Suggestion(String text, String type) {}
