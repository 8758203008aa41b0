package no.selvhjelp.finder.signup;

/**
 * One thing wrong with the form.
 *
 * @param field the form field's name, for the message beside it
 * @param messageKey the i18n key of the text that says what to do
 */
public record FieldError(String field, String messageKey) {}
