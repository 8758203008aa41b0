package no.selvhjelp.finder.signup;

/**
 * A checked sign-up: trimmed, within the limits, with at least one way to reach the visitor.
 *
 * @param name may be empty (a first name is enough, and none is fine)
 * @param email empty if the visitor gave only a phone number
 * @param phone empty if the visitor gave only an e-mail address
 * @param message may be empty
 */
public record Interest(String name, String email, String phone, String message) {}
