[#ftl output_format="HTML"]
[#--
  "Meld interesse" on a group's page: a plain POST form that works without JavaScript. The form's
  state (what the visitor typed, what to fix) is in model.interest; nothing of it is stored.
  In the widget's fragment (interest.inline false) the form is a link to the full page on our own
  origin instead, because a form posted from a kommune's page would be a cross-site post, which the
  server refuses.
--]
[#macro interest v]
<div class="shf-interest" id="${v.anchor}" aria-labelledby="${v.anchor}-heading" role="region">
<h3 id="${v.anchor}-heading">${i18n['selvhjelp.ui.interest.heading']}</h3>
[#if !v.hasRecipient]
<p>${i18n['selvhjelp.ui.interest.noRecipient']}</p>
[#elseif v.sent]
<p class="shf-success" role="status">${i18n['selvhjelp.ui.interest.sent']}</p>
[#elseif !v.available]
<p class="shf-notice">${i18n['selvhjelp.ui.interest.unavailable']}</p>
[#elseif !v.inline]
<p><a href="${v.formHref}">${i18n['selvhjelp.ui.interest.open']}</a></p>
[#else]
[#if v.alert??]
<div class="shf-error" role="alert">
<p>${v.alert}</p>
[#if v.errorList?has_content]
<ul>
[#list v.errorList as e]
<li><a href="#shf-interest-${e.field}">${e.message}</a></li>
[/#list]
</ul>
[/#if]
</div>
[/#if]
<p>${i18n['selvhjelp.ui.interest.intro']}</p>
<p class="shf-privacy" id="shf-interest-privacy">${i18n['selvhjelp.ui.interest.privacy']}</p>
<form class="shf-interest-form" method="post" action="${v.action}" accept-charset="UTF-8" aria-describedby="shf-interest-privacy">
[@field v "name" "text" "given-name" 80 i18n['selvhjelp.ui.interest.name'] i18n['selvhjelp.ui.interest.optional']/]
<fieldset class="shf-fieldset" aria-describedby="shf-interest-reach-hint">
<legend>${i18n['selvhjelp.ui.interest.reach']}</legend>
<p class="shf-hint" id="shf-interest-reach-hint">${i18n['selvhjelp.ui.interest.reachHint']}</p>
[@field v "email" "email" "email" 254 i18n['selvhjelp.ui.interest.email'] ""/]
[@field v "phone" "tel" "tel" 20 i18n['selvhjelp.ui.interest.phone'] ""/]
</fieldset>
<div class="shf-field">
<label for="shf-interest-message">${i18n['selvhjelp.ui.interest.message']} <span class="shf-optional">(${i18n['selvhjelp.ui.interest.optional']})</span></label>
<p class="shf-hint" id="shf-interest-message-hint">${i18n['selvhjelp.ui.interest.messageHint']}</p>
<textarea id="shf-interest-message" name="message" rows="4" maxlength="${v.messageMax?c}" aria-describedby="shf-interest-message-hint[#if v.fieldErrors.message??] shf-interest-message-error[/#if]"[#if v.fieldErrors.message??] aria-invalid="true"[/#if]>${v.values.message!''}</textarea>
[#if v.fieldErrors.message??]<p class="shf-field-error" id="shf-interest-message-error">${v.fieldErrors.message}</p>[/#if]
</div>
<div class="shf-field shf-field-check">
<input type="checkbox" id="shf-interest-consent" name="consent" value="yes" required[#if v.consent] checked[/#if][#if v.fieldErrors.consent??] aria-invalid="true" aria-describedby="shf-interest-consent-error"[/#if]>
<label for="shf-interest-consent">${i18n['selvhjelp.ui.interest.consent']}</label>
[#if v.fieldErrors.consent??]<p class="shf-field-error" id="shf-interest-consent-error">${v.fieldErrors.consent}</p>[/#if]
</div>
[#-- The honeypot: off-screen, hidden from assistive technology, out of the tab order, and not
     autofilled. People never fill it in; a bot that does is told "sent" and nothing is sent. --]
<div class="shf-hp" aria-hidden="true">
<label for="shf-interest-${v.honeypot}">Website</label>
<input type="text" id="shf-interest-${v.honeypot}" name="${v.honeypot}" value="" tabindex="-1" autocomplete="off">
</div>
<p><button type="submit" class="shf-button">${i18n['selvhjelp.ui.interest.submit']}</button></p>
</form>
[/#if]
</div>
[/#macro]

[#-- One labelled input with its error, kept value and aria wiring. --]
[#macro field v name type autocomplete maxlength label optional]
[#assign error = v.fieldErrors[name]!'']
<div class="shf-field">
<label for="shf-interest-${name}">${label}[#if optional?has_content] <span class="shf-optional">(${optional})</span>[/#if]</label>
<input type="${type}" id="shf-interest-${name}" name="${name}" autocomplete="${autocomplete}" maxlength="${maxlength?c}" value="${v.values[name]!''}"[#if error?has_content] aria-invalid="true" aria-describedby="shf-interest-${name}-error"[/#if]>
[#if error?has_content]<p class="shf-field-error" id="shf-interest-${name}-error">${error}</p>[/#if]
</div>
[/#macro]
