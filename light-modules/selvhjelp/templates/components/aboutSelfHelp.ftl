[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- "What is a self-help group", in the visitor's language (every page language, see content/Messages). --]
[@shf.section model=model heading=(content.heading)!i18n['selvhjelp.about.title']]
[@shf.errors model.errors/]
[#if !model.errors?has_content]
<p>${i18n['selvhjelp.about.p1']}</p>
<p>${i18n['selvhjelp.about.p2']}</p>
<p>${i18n['selvhjelp.about.p3']}</p>
[#if model.awaitingReview]
[#-- Said once here for the about text; the other components say it for their labels. --]
<p class="shf-note">${i18n['selvhjelp.ui.about.reviewNote']}</p>
[/#if]
[/#if]
[/@shf.section]
