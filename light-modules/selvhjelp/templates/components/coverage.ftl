[#ftl output_format="HTML"]
[#-- In Magnolia, the component's own texts win over the page locale's i18n (ComponentModel). --]
[#if model.i18n??][#global i18n = model.i18n][/#if]
[#import "/selvhjelp/templates/macros/selvhjelp.ftl" as shf]
[#-- Coverage: where Norway has self-help groups and where it has none. A GET form, a map drawn on
     the server as SVG, and the same figures as a table sorted by header links: all of it works
     without JavaScript. The table is the map's accessible alternative. --]
[#assign f = model.form]
[#-- Values chosen besides the one a select shows (theme=sorg,angst): ticked checkboxes, so that
     "Vis" keeps them and unticking one drops it. --]
[#macro also options name]
[#if options?has_content]
<fieldset class="shf-coverage-also">
<legend>${i18n['selvhjelp.coverage.alsoChosen']}</legend>
[#list options as o]
<label><input type="checkbox" name="${name}" value="${o.value}" checked> ${o.label}</label>
[/#list]
</fieldset>
[/#if]
[/#macro]
[#assign id = model.cssClass]
[@shf.section model=model heading=(content.heading)!i18n['selvhjelp.coverage.title']]
<p>${i18n['selvhjelp.coverage.intro']}</p>
<form class="shf-form" method="get" action="" aria-label="${i18n['selvhjelp.coverage.filters']}">
[#if f.lang??]
<input type="hidden" name="lang" value="${f.lang}">
[/#if]
[#if f.sort??]
<input type="hidden" name="sort" value="${f.sort}">
[/#if]
[#if f.dir??]
<input type="hidden" name="dir" value="${f.dir}">
[/#if]
<div class="shf-fields">
<div class="shf-field">
<label for="${id}-theme">${i18n['selvhjelp.ui.form.theme']}</label>
<select id="${id}-theme" name="theme">
<option value="">${i18n['selvhjelp.ui.form.allThemes']}</option>
[#list f.themes as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
[@also f.alsoThemes "theme"/]
</div>
<div class="shf-field">
<label for="${id}-language">${i18n['selvhjelp.ui.form.language']}</label>
<select id="${id}-language" name="language">
<option value="">${i18n['selvhjelp.ui.form.anyLanguage']}</option>
[#list f.languages as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
[@also f.alsoLanguages "language"/]
</div>
<div class="shf-field">
<label for="${id}-format">${i18n['selvhjelp.ui.form.format']}</label>
<select id="${id}-format" name="format">
<option value="">${i18n['selvhjelp.ui.form.anyFormat']}</option>
[#list f.formats as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
[@also f.alsoFormats "format"/]
</div>
<div class="shf-field">
[#if f.fixedArea??]
<p class="shf-fixed"><span class="shf-label">${i18n['selvhjelp.coverage.area']}</span> <strong>${f.fixedArea}</strong></p>
[#else]
<label for="${id}-fylke">${i18n['selvhjelp.coverage.area']}</label>
<select id="${id}-fylke" name="fylke">
<option value="">${i18n['selvhjelp.coverage.allNorway']}</option>
[#list f.fylker as o]
<option value="${o.value}"[#if o.selected] selected[/#if]>${o.label}</option>
[/#list]
</select>
[@also f.alsoFylker "fylke"/]
[/#if]
</div>
</div>
<div class="shf-actions">
<button class="shf-button" type="submit">${i18n['selvhjelp.coverage.show']}</button>
</div>
</form>
[@shf.errors model.errors/]
[#if !model.errors?has_content]
<p class="shf-count" role="status">[#if model.chosen??]<span class="shf-coverage-chosen">${model.chosen}</span> [/#if]${model.summary}</p>
<div class="shf-coverage-layout">
<figure class="shf-coverage-map">
<svg viewBox="${model.map.viewBox}" role="img" aria-labelledby="${id}-map-caption" focusable="false">
[#list model.map.dots as d]
<circle cx="${d.x}" cy="${d.y}" r="${d.r}" class="${d.css}"><title>${d.label}</title></circle>
[/#list]
[#list model.map.names as n]
<text x="${n.x}" y="${n.y}" text-anchor="${n.anchor}" font-size="${model.map.fontSize}">${n.text}</text>
[/#list]
</svg>
[#-- A dot's tooltip needs a mouse; on a touch screen the table is the way to the figures. --]
<figcaption id="${id}-map-caption">${model.mapCaption} <a href="#${id}-table">${i18n['selvhjelp.coverage.tableLink']}</a></figcaption>
</figure>
<div class="shf-coverage-legend">
<h3>${i18n['selvhjelp.coverage.legend']}</h3>
<ul>
[#list model.map.legend as l]
<li><span class="shf-coverage-swatch ${l.css}" aria-hidden="true"></span> ${l.label} <span class="shf-coverage-legend-count">(${l.kommuner})</span></li>
[/#list]
</ul>
</div>
</div>
<h3 id="${id}-fylker">${i18n['selvhjelp.coverage.fylker']}</h3>
<div class="shf-table-scroll" role="region" aria-labelledby="${id}-fylker" tabindex="0">
<table class="shf-table">
<thead><tr>
<th scope="col">${i18n['selvhjelp.coverage.col.fylke']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.population']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.localGroups']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.per10k']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.without']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.farthestKm']}</th>
<th scope="col" class="shf-num">${i18n['selvhjelp.coverage.col.digitalGroups']}</th>
</tr></thead>
<tbody>
[#list model.fylker as a]
<tr><th scope="row">${a.name}</th><td class="shf-num">${a.population}</td><td class="shf-num">${a.localGroups}</td><td class="shf-num">${a.per10k}</td><td class="shf-num">${a.without} / ${a.kommuner}</td><td class="shf-num">${a.farthestKm}</td><td class="shf-num">${a.digitalGroups}</td></tr>
[/#list]
</tbody>
<tfoot>
[#assign a = model.country]
<tr><th scope="row">${i18n['selvhjelp.coverage.allNorway']}</th><td class="shf-num">${a.population}</td><td class="shf-num">${a.localGroups}</td><td class="shf-num">${a.per10k}</td><td class="shf-num">${a.without} / ${a.kommuner}</td><td class="shf-num">${a.farthestKm}</td><td class="shf-num">${a.digitalGroups}</td></tr>
</tfoot>
</table>
</div>
<h3 id="${id}-table">${i18n['selvhjelp.coverage.kommuner']}</h3>
<p class="shf-hint">${i18n['selvhjelp.coverage.sortHint']}</p>
<div class="shf-table-scroll" role="region" aria-labelledby="${id}-table" tabindex="0">
<table class="shf-table shf-coverage-kommuner">
<thead><tr>
[#list model.columns as c]
<th scope="col"[#if c.numeric] class="shf-num"[/#if][#if c.ariaSort??] aria-sort="${c.ariaSort}"[/#if]><a href="${c.href}">${c.label}[#if c.ariaSort??]<span aria-hidden="true">[#if c.ariaSort == "ascending"] ▲[#else] ▼[/#if]</span>[/#if]</a></th>
[/#list]
<th scope="col">${i18n['selvhjelp.coverage.col.band']}</th>
</tr></thead>
<tbody>
[#list model.rows as r]
<tr id="${id}-k-${r.kommunenummer}"><th scope="row">${r.kommune}</th>[#list r.cells as c]<td[#if c.numeric] class="shf-num"[/#if]>${c.text}</td>[/#list]<td><span class="shf-coverage-swatch ${r.css}" aria-hidden="true"></span> ${r.band}</td></tr>
[/#list]
</tbody>
</table>
</div>
<p><a href="${model.csvHref}" download>${i18n['selvhjelp.coverage.csv']}</a></p>
<p class="shf-hint">${model.population}</p>
[/#if]
[/@shf.section]
