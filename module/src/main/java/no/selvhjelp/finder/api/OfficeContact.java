package no.selvhjelp.finder.api;

/** A person at a district office. */
public record OfficeContact(String name, String role, String phone, String email) {}
