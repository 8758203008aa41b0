[#ftl output_format="HTML"]
[#-- The page around one component, for an iframe or a direct link (standalone server only;
     in Magnolia the editor's page is the page). page.body is the component's own rendered,
     escaped HTML, handed over as markup by render/ComponentRenderer.java. No script is needed. --]
<!doctype html>
<html lang="${page.lang}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="stylesheet" href="/.resources/selvhjelp/webresources/selvhjelp.css">
<link rel="icon" href="/favicon.ico" sizes="any">
</head>
<body class="shf-page shf-page-embed">
<main class="shf-main">
${page.body}
</main>
</body>
</html>
