[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- "What is a self-help group", in the visitor's language (nb, nn, en, ar, so, ti, fa, uk, pl). --]
[@shf.section model=model heading=(content.heading)!i18n['selvhjelp.about.title']]
[@shf.errors model.errors/]
[#if !model.errors?has_content]
<p>${i18n['selvhjelp.about.p1']}</p>
<p>${i18n['selvhjelp.about.p2']}</p>
<p>${i18n['selvhjelp.about.p3']}</p>
[#if model.awaitingReview]
[#-- The note is a UI label, so it is in the UI language (English for these six). --]
<p class="shf-note" lang="${model.noteLang}" dir="ltr">${i18n['selvhjelp.ui.about.reviewNote']}</p>
[/#if]
[/#if]
[/@shf.section]
