package no.selvhjelp.finder.api;

import java.time.LocalDate;

/**
 * An item nobody has confirmed for a while: {@code lastVerified} is null when it was never
 * verified, and then {@code ageDays} is null too.
 */
public record StaleItem(
    String type, String id, String title, LocalDate lastVerified, Long ageDays) {}
