[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- The contact points of one kommune: where to ask about groups, or for help to start one. --]
[#assign heading = (content.heading)!i18n['selvhjelp.ui.contactPoints.heading']]
[@shf.section model=model heading=heading + model.kommune?has_content?then(": " + model.kommune!'', "")]
[@shf.errors model.errors/]
[#if !model.errors?has_content]
[#if model.contactPoints?has_content]
<ul class="shf-cards">
[#list model.contactPoints as c]
<li>[@shf.contactCard c 3/]</li>
[/#list]
</ul>
[#else]
<p>${i18n['selvhjelp.ui.contactPoints.none']}</p>
[/#if]
[/#if]
[/@shf.section]
