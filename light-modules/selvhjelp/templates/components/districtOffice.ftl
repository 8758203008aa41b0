[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- Selvhjelp Norge's district office for a kommune (the one serving its fylke). --]
[@shf.section model=model heading=(content.heading)!i18n['selvhjelp.ui.districtOffice.heading']]
[@shf.errors model.errors/]
[#if !model.errors?has_content]
[#if model.office??]
[#assign o = model.office]
<div class="shf-card">
<h3 class="shf-card-title">${o.name}</h3>
[#if o.fylker?has_content]
<p class="shf-card-type">${o.fylker?join(i18n['selvhjelp.ui.listSeparator'])}</p>
[/#if]
[#if o.description??]
<p>${o.description}</p>
[/#if]
[@shf.contactDetails o/]
[#if o.contacts?has_content]
<h4>${i18n['selvhjelp.ui.districtOffice.contacts']}</h4>
<ul class="shf-people">
[#list o.contacts as p]
<li>[@shf.person p/]</li>
[/#list]
</ul>
[/#if]
[#if o.coverage??]
<p><a href="${o.coverage.href}" hreflang="${o.coverage.hreflang}">${o.coverage.label}</a></p>
[/#if]
</div>
[#else]
<p>${i18n['selvhjelp.ui.districtOffice.none']}</p>
[/#if]
[/#if]
[/@shf.section]
