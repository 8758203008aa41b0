[#ftl output_format="HTML"]
[#--
  Shared macros of the Selvhjelp page components, used by Magnolia and the standalone server alike.
  output_format="HTML" escapes everything ${...} prints, stored content included: that is the
  defence against markup in content. The only ?no_esc in these templates are the search highlight
  and the JSON-LD, each explained where it is used.
  Variables: model (the component's view), content (the editor's presets), i18n (texts by key).
--]

[#-- The root of every component: a section in the component's language and direction, labelled
     by its heading. The widget finds components by data-shf-component. --]
[#-- headingLang: the heading is content in another language than the page (a group's title). --]
[#macro section model heading headingLang=""]
<section class="shf ${model.cssClass}" lang="${model.lang}" dir="${model.dir}" data-shf-component="${model.component}" aria-labelledby="${model.headingId}">
<h2 class="shf-heading" id="${model.headingId}"[#if headingLang?has_content && headingLang != model.lang] lang="${headingLang}"[/#if]>${heading}</h2>
[#nested]
[#-- Texts written without a native speaker say so, discreetly (content/Messages). --]
[#if model.awaitsReview!false]
<p class="shf-note shf-review-note">${i18n['selvhjelp.ui.reviewNote']}</p>
[/#if]
</section>
[/#macro]

[#-- A bad parameter: said where a screen reader hears it at once, in plain words with what to do
     (render/VisitorErrors.java: no parameter names, those are for the API). --]
[#-- id: where a search form's action fragment lands when the answer is an error (no count). --]
[#macro errors items id=""]
[#if items?has_content]
<div class="shf-error" role="alert"[#if id?has_content] id="${id}" tabindex="-1"[/#if]>
<h3 class="shf-error-heading">${i18n['selvhjelp.ui.error.heading']}</h3>
<p>${i18n['selvhjelp.ui.error.intro']}</p>
<ul>
[#list items as e]
<li>${e.message}</li>
[/#list]
</ul>
</div>
[/#if]
[/#macro]

[#-- How many groups matched, in a live region so that the widget's in-place updates are heard.
     count.many is either a text after the number ("grupper funnet") or a sentence with {count},
     for languages whose word order or plural forms need it. With a place and digital or farther
     groups among the matches, the count also says how many meet there, how many are digital and
     how many meet farther away. --]
[#-- The sections in brackets, not after a colon: several languages end the count itself with
     ": {count}", and "…: 30: 4 …" read as a time or a ratio. --]
[#macro count total id="" sections=""]
<p class="shf-count"[#if id?has_content] id="${id}" tabindex="-1"[/#if] role="status" aria-live="polite">[#if total == 0]${i18n['selvhjelp.ui.count.none']}[#elseif total == 1]${i18n['selvhjelp.ui.count.one']}[#elseif i18n['selvhjelp.ui.count.many']?contains("{count}")]${i18n['selvhjelp.ui.count.many']?replace("{count}", total?c)}[#else]${total} ${i18n['selvhjelp.ui.count.many']}[/#if][#if sections?has_content && (sections.digital != 0 || sections.farther != 0)] (<span class="shf-count-local">${sections.local} ${i18n['selvhjelp.ui.count.local']}</span>[#if sections.digital != 0]${i18n['selvhjelp.ui.listSeparator']}<span class="shf-count-digital">${sections.digital} ${i18n['selvhjelp.ui.count.digital']}</span>[/#if][#if sections.farther != 0]${i18n['selvhjelp.ui.listSeparator']}<span class="shf-count-farther">${sections.farther} ${i18n['selvhjelp.ui.count.farther']}</span>[/#if])[/#if]</p>
[/#macro]

[#-- With a place, the groups that meet there come first, the digital ones after them under their
     own heading, and (from a postnummer without a radius) those that meet farther away last under
     theirs. The search already ordered them; a page may hold the end of one section and the start
     of the next. nearbyKm: the distance that divides near from farther, from the result's sections
     (hits farther away come only with them), for the farther section's
     intro. signup: the host can send interest sign-ups; without it, each result leads to the
     group's contact instead of to a form that would say "not available". --]
[#macro hitList hits signup=true nearbyKm=""]
[#assign localHits = hits?filter(h -> (h.section!"") != "digital" && (h.section!"") != "farther")]
[#assign digitalHits = hits?filter(h -> (h.section!"") == "digital")]
[#assign fartherHits = hits?filter(h -> (h.section!"") == "farther")]
[#if localHits?has_content]
[@resultItems localHits signup/]
[/#if]
[#if digitalHits?has_content]
<div class="shf-digital-section">
<h3 class="shf-section-heading">${i18n['selvhjelp.ui.section.digital']}</h3>
<p class="shf-section-intro">${i18n['selvhjelp.ui.section.digitalIntro']}</p>
[@resultItems digitalHits signup 4/]
</div>
[/#if]
[#-- The caller's body (the invitation to start a group where none meets) comes before the groups
     that would mean a long journey: on a phone it is what to do next, not 20 screens down. --]
[#nested]
[#if fartherHits?has_content]
<div class="shf-farther-section">
<h3 class="shf-section-heading">${i18n['selvhjelp.ui.section.farther']}</h3>
<p class="shf-section-intro">${i18n['selvhjelp.ui.section.fartherIntro']?replace("{km}", nearbyKm)}</p>
[@resultItems fartherHits signup 4/]
</div>
[/#if]
[/#macro]

[#-- level: the results' heading level, one below the heading they stand under (the digital
     section's own h3), so a screen reader's list of headings shows the sections. --]
[#macro resultItems hits signup=true level=3]
<ol class="shf-results">
[#list hits as h]
<li class="shf-result">
<h${level} class="shf-result-title" lang="${h.textLang}"><a href="${h.href}" data-shf-nav>${h.title}</a></h${level}>
<p class="shf-result-meta">[#if h.kommune??]<span class="shf-meta-place">${h.kommune}</span> [/#if]<span class="shf-meta-format shf-format-${h.formatCode}">${h.format}</span> <span class="shf-status shf-status-${h.statusCode}">${h.status}</span>[#if h.distance??] <span class="shf-meta-distance">${h.distance} ${i18n['selvhjelp.ui.hit.distance']}</span>[/#if]</p>
[#if h.summary??]
<p class="shf-result-summary" lang="${h.textLang}">${h.summary}</p>
[/#if]
[#if h.highlight??]
[#-- The one snippet inserted as markup: the search's highlighter HTML-escaped the stored text
     itself and added nothing but <mark> (module search/Highlights.java, DefaultPassageFormatter
     with escaping on), so escaping it again would show "&lt;mark&gt;" instead of the mark. --]
<p class="shf-result-snippet" lang="${h.textLang}">${h.highlight?no_esc}</p>
[/#if]
[#if h.course??]
<p class="shf-result-course">${h.course}</p>
[/#if]
[#if h.themes?has_content]
<p class="shf-tags">${h.themes?join(" · ")}</p>
[/#if]
[#-- To the interest form on the group's own page (no data-shf-nav: the form must be on our
     origin, see macros/interest.ftl). --]
[#if signup]
<p class="shf-result-interest"><a href="${h.href}#shf-interest">${i18n['selvhjelp.ui.interest.link']}<span class="shf-visually-hidden">: ${h.title}</span></a></p>
[#else]
<p class="shf-result-interest"><a href="${h.href}#shf-contact">${i18n['selvhjelp.ui.hit.contact']}<span class="shf-visually-hidden">: ${h.title}</span></a></p>
[/#if]
</li>
[/#list]
</ol>
[/#macro]

[#-- Page links: rel prev/next for the browser, aria-current for the page the visitor is on. --]
[#macro paging p=""]
[#if p?has_content]
<nav class="shf-paging" aria-label="${i18n['selvhjelp.ui.paging.label']}">
<ul>
[#if p.prev??]
<li><a href="${p.prev}" rel="prev" data-shf-nav>${i18n['selvhjelp.ui.paging.prev']}</a></li>
[/#if]
[#list p.pages as page]
<li><a href="${page.href}" data-shf-nav[#if page.current] aria-current="page"[/#if]><span class="shf-visually-hidden">${i18n['selvhjelp.ui.paging.page']} </span>${page.number}</a></li>
[/#list]
[#if p.next??]
<li><a href="${p.next}" rel="next" data-shf-nav>${i18n['selvhjelp.ui.paging.next']}</a></li>
[/#if]
</ul>
</nav>
[/#if]
[/#macro]

[#-- Phone, e-mail and web address of a contact point, a person or an office. Link targets come
     from the model already checked (tel: digits only, http(s) only). --]
[#macro contactDetails c]
[#if c.phone?? || c.email?? || c.url?? || c.address??]
<dl class="shf-contact">
[#if c.address??]
<dt>${i18n['selvhjelp.ui.address']}</dt><dd>${c.address}</dd>
[/#if]
[#if c.phone??]
<dt>${i18n['selvhjelp.ui.phone']}</dt><dd>[#if c.phoneHref??]<a href="${c.phoneHref}">${c.phone}</a>[#else]${c.phone}[/#if]</dd>
[/#if]
[#if c.email??]
<dt>${i18n['selvhjelp.ui.email']}</dt><dd><a href="mailto:${c.email}">${c.email}</a></dd>
[/#if]
[#if c.url??]
<dt>${i18n['selvhjelp.ui.web']}</dt><dd><a href="${c.url}" rel="noopener noreferrer">${c.url}</a></dd>
[/#if]
</dl>
[/#if]
[/#macro]

[#macro contactCard c level=3]
<div class="shf-card">
<h${level} class="shf-card-title">${c.name}</h${level}>
[#if c.type??]
<p class="shf-card-type">${c.type}</p>
[/#if]
[#if c.description??]
<p>${c.description}</p>
[/#if]
[@contactDetails c/]
</div>
[/#macro]

[#macro person p]
<div class="shf-person">
[#if p.name??]
<p class="shf-person-name">${p.name}[#if p.role??], <span class="shf-person-role">${p.role}</span>[/#if]</p>
[/#if]
[@contactDetails p/]
</div>
[/#macro]
