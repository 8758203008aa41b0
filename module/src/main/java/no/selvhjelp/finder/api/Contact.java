package no.selvhjelp.finder.api;

/** Who a visitor reaches about a group. Every field is optional. */
public record Contact(String name, String phone, String email, String url) {}
