package no.selvhjelp.finder.render;

import java.util.List;
import java.util.Map;

/**
 * The "Meld interesse" part of a group's page.
 *
 * @param anchor the id of the part, which the finder's results link to
 * @param hasRecipient the group has an e-mail address to send to; if not, the page says how to get
 *     in touch instead of showing a form
 * @param available the host can send mail
 * @param inline the form is on this page; false in the widget's fragment, which links to the full
 *     page on our own origin instead (a form posted from a kommune's page would be cross-site)
 * @param formHref that full page, at the anchor
 * @param action where the form posts
 * @param sent the confirmation after a successful post
 * @param alert a message for the whole form (errors, rate limit, failure), or null
 * @param values what the visitor typed, by field name, to show again after an error
 * @param fieldErrors what to fix, by field name
 * @param errorList the same, in form order, for the alert's list
 */
public record InterestView(
    String anchor,
    boolean hasRecipient,
    boolean available,
    boolean inline,
    String formHref,
    String action,
    boolean sent,
    String alert,
    Map<String, String> values,
    boolean consent,
    Map<String, String> fieldErrors,
    List<Views.ErrorItem> errorList,
    int messageMax,
    String honeypot) {}
