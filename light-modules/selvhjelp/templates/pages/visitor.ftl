[#ftl output_format="HTML"]
[#-- The standalone server's front page: the finder, the about box, a language switch, and the
     attribution the reference data's licences ask for. The coverage page (/coverage) uses the
     same frame without the about box; the footer links the two pages. page.finder and page.about are rendered
     components, handed over as markup by render/ComponentRenderer.java. --]
<!doctype html>
<html lang="${page.lang}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[#if page.subtitle??]${page.subtitle}[#else]${i18n['selvhjelp.ui.site.title']}[/#if] – ${i18n['selvhjelp.ui.site.name']}</title>
<link rel="stylesheet" href="/.resources/selvhjelp/webresources/selvhjelp.css">
<link rel="icon" href="/favicon.ico" sizes="any">
</head>
<body class="shf-page shf-page-site">
<a class="shf-skip" href="#shf-main">${i18n['selvhjelp.ui.skip']}</a>
<header class="shf-site-header">
<h1 class="shf-site-name">${i18n['selvhjelp.ui.site.name']}</h1>
<nav class="shf-languages" aria-label="${i18n['selvhjelp.ui.site.languages']}">
<ul>
[#list page.languages as l]
<li><a href="${l.href}" lang="${l.code}" hreflang="${l.code}"[#if l.current] aria-current="page"[/#if]>${l.label}</a></li>
[/#list]
</ul>
</nav>
</header>
<main id="shf-main" class="shf-site-main" tabindex="-1">
<div class="shf-site-grid[#if !page.about??] shf-site-grid-single[/#if]">
<div class="shf-site-primary">
${page.finder}
</div>
[#if page.about??]
<aside class="shf-site-aside">
${page.about}
</aside>
[/#if]
</div>
</main>
<footer class="shf-site-footer">
<ul class="shf-site-links">
[#list page.siteLinks as l]
<li><a href="${l.href}" hreflang="${l.hreflang}"[#if l.current] aria-current="page"[/#if]>${l.label}</a></li>
[/#list]
</ul>
<p>${i18n['selvhjelp.ui.site.demo']}</p>
<p><strong>${i18n['selvhjelp.ui.site.sources']}:</strong> <span lang="nb">${page.attribution}</span></p>
</footer>
</body>
</html>
