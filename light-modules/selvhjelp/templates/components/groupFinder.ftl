[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- The group finder. A plain GET form: it works without JavaScript, and the widget (which
     intercepts .shf-form and [data-shf-nav]) loads the same URLs in place. --]
[#assign f = model.form]
[#assign id = model.cssClass]
[#-- Fields the visitor got wrong: marked invalid and tied to the error box's sentences. --]
[#assign invalid = []]
[#list model.errors![] as e][#assign invalid = invalid + [e.field!'']][/#list]
[#macro invalidAttrs field][#if invalid?seq_contains(field)] aria-invalid="true"[/#if][/#macro]
[@shf.section model=model heading=(content.heading)!i18n['selvhjelp.ui.finder.heading']]
[#-- The action's fragment brings a phone straight to the result count after a search, without
     JavaScript (the browser keeps an action's fragment on a GET submit). --]
<form class="shf-form" method="get" action="${f.action}#${id}-count" role="search" aria-label="${i18n['selvhjelp.ui.form.label']}">
[#if f.lang??]
<input type="hidden" name="lang" value="${f.lang}">
[/#if]
<div class="shf-fields">
<div class="shf-field shf-field-q">
<label for="${id}-q">${i18n['selvhjelp.ui.form.q']}</label>
<input id="${id}-q" name="q" type="search" value="${f.q!}" maxlength="500" aria-describedby="${id}-q-hint"[@invalidAttrs "q"/]>
<p class="shf-hint" id="${id}-q-hint">${i18n['selvhjelp.ui.form.qHint']}</p>
</div>
<div class="shf-field">
<label for="${id}-theme">${i18n['selvhjelp.ui.form.theme']}</label>
<select id="${id}-theme" name="theme"[@invalidAttrs "theme"/]>
<option value="">${i18n['selvhjelp.ui.form.allThemes']}</option>
[#list f.themes as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
</div>
<div class="shf-field">
[#if f.kommuneFixed]
<p class="shf-fixed"><span class="shf-label">${i18n['selvhjelp.ui.form.kommune']}</span> <strong>${f.kommuneName}</strong></p>
[#else]
<label for="${id}-kommune">${i18n['selvhjelp.ui.form.kommune']}</label>
<select id="${id}-kommune" name="kommune"[@invalidAttrs "kommune"/]>
<option value="">${i18n['selvhjelp.ui.form.allKommuner']}</option>
[#list f.kommuner as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
[/#if]
</div>
<div class="shf-field">
<label for="${id}-postnummer">${i18n['selvhjelp.ui.form.postnummer']}</label>
<input id="${id}-postnummer" name="postnummer" type="text" inputmode="numeric" autocomplete="postal-code" maxlength="4" size="6" value="${f.postnummer!}" aria-describedby="${id}-postnummer-hint"[@invalidAttrs "postnummer"/]>
<p class="shf-hint" id="${id}-postnummer-hint">${i18n['selvhjelp.ui.form.postnummerHint']}</p>
</div>
<div class="shf-field">
<label for="${id}-language">${i18n['selvhjelp.ui.form.language']}</label>
<select id="${id}-language" name="language"[@invalidAttrs "language"/]>
<option value="">${i18n['selvhjelp.ui.form.anyLanguage']}</option>
[#list f.languages as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
</div>
<div class="shf-field">
<label for="${id}-format">${i18n['selvhjelp.ui.form.format']}</label>
<select id="${id}-format" name="format"[@invalidAttrs "format"/]>
<option value="">${i18n['selvhjelp.ui.form.anyFormat']}</option>
[#list f.formats as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
</div>
<div class="shf-field">
<label for="${id}-sort">${i18n['selvhjelp.ui.form.sort']}</label>
<select id="${id}-sort" name="sort">
[#list f.sorts as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
</div>
<div class="shf-field shf-field-check">
<input id="${id}-afterCourse" name="afterCourse" type="checkbox" value="true"[#if f.afterCourse] checked[/#if] aria-describedby="${id}-afterCourse-hint">
<label for="${id}-afterCourse">${i18n['selvhjelp.ui.form.afterCourse']}</label>
<p class="shf-hint" id="${id}-afterCourse-hint">${i18n['selvhjelp.ui.form.afterCourseHint']}</p>
</div>
</div>
<div class="shf-actions">
<button type="submit" class="shf-button">${i18n['selvhjelp.ui.form.submit']}</button>
<a class="shf-reset" href="${f.resetHref}" data-shf-nav>${i18n['selvhjelp.ui.form.reset']}</a>
</div>
</form>
[#-- The form's action fragment (#…-count) lands here when the answer is an error. --]
[@shf.errors model.errors id + "-count"/]
[#if !model.errors?has_content]
[#-- Results before the facets in the document: first on a phone, and first for a screen reader
     and the keyboard; on a wide screen the stylesheet puts the facets in a column beside them. --]
<div class="shf-layout">
<div class="shf-results-area">
[@shf.count total=model.total id=id + "-count" sections=(model.sections)!""/]
[#if model.hits?has_content]
[@shf.hitList hits=model.hits signup=model.signup!true nearbyKm=(model.sections.nearbyKm)!""]
[#-- Found, but nothing meets where the visitor lives: after the digital groups, the invitation. --]
[#if model.invite?? && model.invite.startHeading??]
<div class="shf-empty shf-invite">
[@startGroup model.invite 3/]
</div>
[/#if]
[/@shf.hitList]
[/#if]
[#-- Groups are started by people like the visitor, with the contact point's help. --]
[#macro startGroup e level]
<h${level}>${e.startHeading}</h${level}>
<p>${i18n['selvhjelp.ui.empty.startGroup']}</p>
[#if e.contactPoints?has_content]
<p>${i18n['selvhjelp.ui.empty.contactPoint']}</p>
[#list e.contactPoints as c]
[@shf.contactCard c level + 1/]
[/#list]
[#else]
<p>${i18n['selvhjelp.ui.empty.noContactPoint']}</p>
[#list e.districtOffices as c]
[@shf.contactCard c level + 1/]
[/#list]
[/#if]
[/#macro]
[#if model.empty??]
[#assign e = model.empty]
<div class="shf-empty">
<h3>${i18n['selvhjelp.ui.empty.heading']}</h3>
<p>${i18n['selvhjelp.ui.empty.fewerFilters']}</p>
[#if e.startHeading??]
[@startGroup e 4/]
[/#if]
<p><a href="${e.digitalHref}" data-shf-nav>${i18n['selvhjelp.ui.empty.digital']}</a></p>
</div>
[/#if]

[@shf.paging model.paging!/]
</div>
[#if model.facets?has_content]
[#-- Collapsible, so a phone can fold the long lists away; open at first, as on a wide screen. --]
<nav class="shf-facets" aria-labelledby="${id}-facets-heading">
<details class="shf-facets-box" open>
<summary><h3 id="${id}-facets-heading">${i18n['selvhjelp.ui.facets.heading']}</h3></summary>
[#list model.facets as facet]
<h4 class="shf-facet-heading" id="${id}-facet-${facet.name}">${facet.label}</h4>
<ul class="shf-facet-values" aria-labelledby="${id}-facet-${facet.name}">
[#list facet.values as v]
<li><a href="${v.href}" data-shf-nav class="shf-facet[#if v.selected] shf-facet-selected[/#if]">${v.label} <span class="shf-facet-count">(${v.count})</span>[#if v.selected]<span class="shf-visually-hidden">, ${i18n['selvhjelp.ui.facets.selected']}</span>[/#if]</a></li>
[/#list]
</ul>
[/#list]
</details>
</nav>
[/#if]
</div>
[/#if]
[/@shf.section]
