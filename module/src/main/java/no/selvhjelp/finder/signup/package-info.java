/**
 * "Meld interesse": a visitor tells a group's contact person that they are interested. The message
 * goes out by e-mail and nothing about the visitor is stored or logged. This package is
 * host-neutral: the form's rules ({@link no.selvhjelp.finder.signup.InterestRules}), the honeypot,
 * the sign-up's own rate limit ({@link no.selvhjelp.finder.signup.SignupRateLimiter}), whom the
 * message goes to and what it says; the host supplies the {@link
 * no.selvhjelp.finder.signup.MailTransport}.
 */
package no.selvhjelp.finder.signup;
