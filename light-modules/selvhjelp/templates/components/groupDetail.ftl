[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#import "/selvhjelp/templates/macros/interest.ftl" as shi]
[#-- One group: everything a visitor needs before they get in touch or turn up. --]
[#assign heading = model.found?then(model.title!'', (content.heading)!i18n['selvhjelp.ui.finder.heading'])]
[@shf.section model=model heading=heading headingLang=model.found?then(model.textLang!'', '')]
<p class="shf-back"><a href="${model.backHref}" data-shf-nav>${i18n['selvhjelp.ui.detail.back']}</a></p>
[#if !model.found]
<p class="shf-error" role="alert">${i18n['selvhjelp.ui.error.notFound']}</p>
[#else]
[#if model.summary??]
<p class="shf-lead" lang="${model.textLang}">${model.summary}</p>
[/#if]
[#if model.closed]
<p class="shf-notice">${i18n['selvhjelp.ui.detail.closed']}</p>
[#elseif !model.invitesWalkIns]
<p class="shf-notice">${i18n['selvhjelp.ui.detail.notOpen']}</p>
[/#if]
<dl class="shf-facts">
[#if model.schedule??]
<dt>${i18n['selvhjelp.ui.detail.schedule']}</dt>
<dd lang="${model.textLang}">${model.schedule}</dd>
[/#if]
<dt>${i18n['selvhjelp.ui.detail.place']}</dt>
<dd>[#if model.meetsInPerson]${model.place}[/#if][#if model.formatCode != 'physical'][#if model.meetsInPerson]<br>[/#if]${i18n['selvhjelp.ui.detail.digital']}[/#if]</dd>
[#if model.reach??]
<dt>${i18n['selvhjelp.ui.detail.reach']}</dt>
<dd>${model.reach}</dd>
[/#if]
<dt>${i18n['selvhjelp.ui.detail.format']}</dt>
<dd>${model.format}</dd>
<dt>${i18n['selvhjelp.ui.detail.status']}</dt>
<dd><span class="shf-status shf-status-${model.statusCode}">${model.status}</span></dd>
[#if model.themes?has_content]
<dt>${i18n['selvhjelp.ui.detail.themes']}</dt>
<dd>${model.themes?join(i18n['selvhjelp.ui.listSeparator'])}</dd>
[/#if]
[#if model.languages?has_content]
<dt>${i18n['selvhjelp.ui.detail.languages']}</dt>
<dd>${model.languages?join(i18n['selvhjelp.ui.listSeparator'])}</dd>
[/#if]
[#if model.audience??]
<dt>${i18n['selvhjelp.ui.detail.audience']}</dt>
<dd lang="${model.textLang}">${model.audience}</dd>
[/#if]
[#if model.course??]
<dt>${i18n['selvhjelp.ui.detail.course']}</dt>
<dd>${model.course}</dd>
[/#if]
</dl>
[#list model.description as paragraph]
<p lang="${model.textLang}">${paragraph}</p>
[/#list]
[#-- #shf-contact: where a result's "contact" link leads when sign-up is off. --]
[#if model.contact??]
<h3 id="shf-contact">${i18n['selvhjelp.ui.detail.contact']}</h3>
[@shf.person model.contact/]
[/#if]
[#if model.contactPoint??]
<h3[#if !model.contact??] id="shf-contact"[/#if]>${i18n['selvhjelp.ui.detail.contactPoint']}</h3>
[@shf.contactCard model.contactPoint 4/]
[/#if]
[#if model.interest??]
[@shi.interest model.interest/]
[/#if]
[#if model.lastVerified??]
<p class="shf-verified">${i18n['selvhjelp.ui.detail.lastVerified']} <time datetime="${model.lastVerifiedIso}">${model.lastVerified}</time></p>
[/#if]
[#-- schema.org data for search engines. A JSON data block is never executed, so it passes a CSP
     that forbids inline script. It is inserted as is because HTML escaping would corrupt JSON
     (quotes would become &quot;); it is safe because Jackson wrote it and escaped every <, > and &
     as \u003C-style escapes (render/ScriptSafeEscapes.java), so stored text cannot close the
     element. --]
<script type="application/ld+json">${model.jsonLd?no_esc}</script>
[/#if]
[/@shf.section]
