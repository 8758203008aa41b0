/*
 * The configurator for kommune web editors (configure.html, served at /configure): pick a
 * component, a kommune, filters, the UI language and colours; see the real widget live; copy a
 * snippet (script + element + style) or an iframe for sites that cannot run scripts.
 *
 * No inline code or styles anywhere (strict CSP): colours reach the preview through
 * element.style.setProperty on custom properties. The default colours are not kept here: the page
 * loads selvhjelp.css, the one place they are set (--shf-default-accent, --shf-default-accent-text),
 * and reads them from there. Preview and snippet get the editor's colours by the same rule
 * (customColours): only colours other than the defaults, so the preview shows what is pasted. Reads GET /api/v1/kommuner and
 * GET /api/v1/themes?lang=nb from the page's own origin, which is the finder.
 *
 * Tests: the pure helpers are exposed as globalThis.SelvhjelpConfigureInternals only when
 * globalThis.__SHF_TEST__ is set before the script runs; without a document (Node's vm) the
 * script stops after that. See webresources-test/configure.test.mjs.
 */
(() => {
  'use strict';

  // Titles in every page language: the no-JavaScript link's text and the iframe's title are read
  // by visitors who get no widget, so they are in the widget's language (the bundles' headings).
  const COMPONENTS = {
    groups: {
      tag: 'selvhjelp-groups',
      filters: true,
      height: 900,
      controls: true,
      title: {
        nb: 'Finn en selvhjelpsgruppe',
        nn: 'Finn ei sjølvhjelpsgruppe',
        en: 'Find a self-help group',
        se: 'Gávnna iešveahkkejoavkku',
        ar: 'ابحث عن مجموعة مساعدة ذاتية',
        so: 'Hel koox is-caawin',
        ti: 'ናይ ርእሰ-ሓገዝ ጉጅለ ድለ',
        fa: 'یک گروه خودیاری پیدا کنید',
        uk: 'Знайдіть групу самодопомоги',
        pl: 'Znajdź grupę samopomocy',
      },
    },
    'group-list': {
      tag: 'selvhjelp-group-list',
      filters: true,
      height: 700,
      title: {
        nb: 'Selvhjelpsgrupper',
        nn: 'Sjølvhjelpsgrupper',
        en: 'Self-help groups',
        se: 'Iešveahkkejoavkkut',
        ar: 'مجموعات المساعدة الذاتية',
        so: 'Kooxaha is-caawinta',
        ti: 'ጉጅለታት ርእሰ-ሓገዝ',
        fa: 'گروه‌های خودیاری',
        uk: 'Групи самодопомоги',
        pl: 'Grupy samopomocy',
      },
    },
    'contact-points': {
      tag: 'selvhjelp-contact-points',
      needsKommune: true,
      height: 500,
      title: {
        nb: 'Kontaktpunkter for selvhjelp',
        nn: 'Kontaktpunkt for sjølvhjelp',
        en: 'Self-help contact points',
        se: 'Iešveahki oktavuođačuoggát',
        ar: 'نقاط الاتصال للمساعدة الذاتية',
        so: 'Xidhiidhiyayaasha is-caawinta',
        ti: 'መራኸቢ ነጥብታት ርእሰ-ሓገዝ',
        fa: 'نقاط تماس خودیاری',
        uk: 'Контактні пункти самодопомоги',
        pl: 'Punkty kontaktowe samopomocy',
      },
    },
    'district-office': {
      tag: 'selvhjelp-district-office',
      needsKommune: true,
      height: 400,
      title: {
        nb: 'Distriktskontor i Selvhjelp Norge',
        nn: 'Distriktskontor i Selvhjelp Norge',
        en: 'Selvhjelp Norge district office',
        se: 'Guovlukantuvra',
        ar: 'المكتب الإقليمي',
        so: 'Xafiiska gobolka',
        ti: 'ቤት ጽሕፈት ዞባ',
        fa: 'دفتر منطقه‌ای',
        uk: 'Районний офіс',
        pl: 'Biuro okręgowe',
      },
    },
  };
  const LANGUAGES = [
    ['nb', 'Bokmål'], ['nn', 'Nynorsk'], ['en', 'Engelsk'], ['se', 'Nordsamisk'], ['ar', 'Arabisk'],
    ['so', 'Somali'], ['ti', 'Tigrinja'], ['fa', 'Persisk'], ['uk', 'Ukrainsk'], ['pl', 'Polsk'],
  ];
  const FORMATS = [['physical', 'Fysisk møte'], ['digital', 'Digitalt'], ['hybrid', 'Fysisk og digitalt']];
  const DEFAULT_SIZE = '20';
  // Presets the visitor can change in the finder unless the editor locks them (lock-<name>).
  const LOCKABLE = ['kommune', 'theme', 'language', 'format'];
  const MIN_CONTRAST = 4.5; // WCAG 2.1 AA, normal text (1.4.3)

  // ---- pure helpers (each has its own test) ----

  /** "#ABC", "abc", "#a1b2c3" -> "#aabbcc" / "#a1b2c3"; anything else -> null. */
  function normalizeHex(text) {
    const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(text || '').trim());
    if (!m) return null;
    const hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    return `#${hex.toLowerCase()}`;
  }

  /** "#rrggbb" -> [r, g, b] (0-255), or null. */
  function parseHex(text) {
    const hex = normalizeHex(text);
    return hex ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
  }

  /** WCAG 2.1 relative luminance of an sRGB colour [r, g, b] (0-255). */
  function relativeLuminance(rgb) {
    const [r, g, b] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  /** WCAG contrast ratio (1 to 21) of two hex colours; NaN if either is not a colour. */
  function contrastRatio(fg, bg) {
    const a = parseHex(fg);
    const b = parseHex(bg);
    if (!a || !b) return NaN;
    const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  /** 4.5449 -> "4,54:1": truncated, never rounded up past the 4.5 threshold. */
  function formatRatio(ratio) {
    if (!Number.isFinite(ratio)) return '–';
    return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')}:1`;
  }

  /** Does the pair meet WCAG 2.1 AA for normal text? */
  function passesAA(fg, bg) {
    return contrastRatio(fg, bg) >= MIN_CONTRAST;
  }

  /** "Kautokeino / Guovdageaidnu – 5430" */
  function kommuneLabel(k) {
    return `${k.name}${k.nameSami && k.nameSami !== k.name ? ` / ${k.nameSami}` : ''} – ${k.kommunenummer}`;
  }

  /** Lowercase without combining marks (á -> a, å -> a; æ and ø stay), for forgiving matches. */
  function foldText(text) {
    return String(text).toLocaleLowerCase('nb').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  /** The kommuner whose name, Sami name or number matches what the editor typed. */
  function filterKommuner(list, query) {
    const q = foldText(query.trim());
    if (!q) return list;
    return list.filter((k) => k.kommunenummer.startsWith(q) || foldText(k.name).includes(q)
      || (k.nameSami ? foldText(k.nameSami).includes(q) : false));
  }

  /** Kommuner in Norwegian alphabetical order (Æ, Ø, Å last). */
  function sortKommuner(list) {
    return [...list].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  /** "1 kommune passer" / "12 kommuner passer" / "Ingen kommuner passer". */
  function matchCount(n) {
    if (n === 0) return 'Ingen kommuner passer. Prøv et annet navn eller nummer.';
    return n === 1 ? '1 kommune passer.' : `${n} kommuner passer.`;
  }

  /** The default colours as selvhjelp.css sets them, read from a computed style (normalized hex). */
  function defaultColours(style) {
    return {
      accent: normalizeHex(style.getPropertyValue('--shf-default-accent')),
      accentText: normalizeHex(style.getPropertyValue('--shf-default-accent-text')),
    };
  }

  /** The editor's own colours, or null when they are the defaults: the preview and the snippet both follow this. */
  function customColours(state, defaults) {
    const accent = normalizeHex(state.accent);
    const accentText = normalizeHex(state.accentText);
    if (!accent || !accentText || (accent === defaults.accent && accentText === defaults.accentText)) return null;
    return { accent, accentText };
  }

  /** The element's attributes, in a stable order, for a configuration. A lock has the value ''. */
  function widgetAttributes(state) {
    const c = COMPONENTS[state.component];
    const attrs = [];
    if (state.kommune) attrs.push(['kommune', state.kommune]);
    if (c.filters) {
      if (state.themes.length) attrs.push(['theme', state.themes.join(' ')]);
      if (state.languages.length) attrs.push(['language', state.languages.join(' ')]);
      if (state.formats.length) attrs.push(['format', state.formats.join(' ')]);
      if (state.size && state.size !== DEFAULT_SIZE) attrs.push(['size', state.size]);
    }
    if (c.controls) {
      const chosen = new Set(attrs.map(([name]) => name));
      for (const name of LOCKABLE) if ((state.locks || []).includes(name) && chosen.has(name)) attrs.push([`lock-${name}`, '']);
    }
    attrs.push(['lang', state.lang]);
    return attrs;
  }

  /** The same configuration as query parameters (repeated = OR), for the iframe (which cannot lock). */
  function embedQuery(state) {
    const params = new URLSearchParams();
    for (const [name, value] of widgetAttributes(state)) {
      if (!name.startsWith('lock-')) for (const v of value.split(' ')) params.append(name, v);
    }
    return params;
  }

  /** Text made safe inside an HTML attribute or element. */
  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /**
   * Script + element + style, ready to paste. The element holds a link to the full page: without
   * JavaScript (or before the script runs) that link is what the visitor gets; once the element
   * has its shadow root the link is no longer shown. The style block comes only with colours of
   * the editor's own, so that the default snippet also fits a site whose CSP forbids inline
   * styles (such a site puts the two custom properties in its own stylesheet).
   */
  function elementSnippet(state, origin, defaults) {
    const c = COMPONENTS[state.component];
    const attrs = widgetAttributes(state).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');
    const page = `${origin}/embed/${state.component}?${embedQuery(state)}`;
    const title = c.title[state.lang] || c.title.nb;
    const lines = [
      `<script src="${escapeHtml(origin)}/widget.js" defer></script>`,
      `<${c.tag}${attrs}><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></${c.tag}>`,
    ];
    const colours = customColours(state, defaults);
    if (!colours) return lines.join('\n');
    return [
      ...lines,
      '<style>',
      `  ${c.tag} {`,
      `    --shf-accent: ${colours.accent};`,
      `    --shf-accent-text: ${colours.accentText};`,
      '  }',
      '</style>',
    ].join('\n');
  }

  /** The iframe alternative (no script needed; no custom colours). */
  function iframeSnippet(state, origin) {
    const c = COMPONENTS[state.component];
    const src = `${origin}/embed/${state.component}?${embedQuery(state)}`;
    const title = c.title[state.lang] || c.title.nb;
    return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${c.height}" loading="lazy"></iframe>`;
  }

  const internals = {
    COMPONENTS, LANGUAGES, FORMATS, LOCKABLE, MIN_CONTRAST, defaultColours, customColours, normalizeHex, parseHex, relativeLuminance,
    contrastRatio, formatRatio, passesAA, kommuneLabel, foldText, filterKommuner, sortKommuner,
    matchCount, widgetAttributes, embedQuery, escapeHtml, elementSnippet, iframeSnippet,
  };
  if (globalThis.__SHF_TEST__) globalThis.SelvhjelpConfigureInternals = Object.freeze(internals);
  if (typeof document === 'undefined') return;

  // ---- the page ----

  const $ = (id) => document.getElementById(id);
  let kommuner = [];
  let defaults = { accent: null, accentText: null };
  let preview = null;
  let failing = null;
  let langTouched = false;
  let announceTimer = 0;

  /** document.createElement with attributes and children. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    el.append(...children);
    return el;
  }

  /** Checkboxes name=value with labels, into a container. */
  function fillChoices(container, name, choices) {
    container.replaceChildren(...choices.map(([value, label]) => h('div', { class: 'choice' },
      h('input', { type: 'checkbox', id: `${name}-${value}`, name, value }),
      h('label', { for: `${name}-${value}` }, label))));
  }

  async function getJson(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.json();
  }

  function readState() {
    const data = new FormData($('cfg'));
    return {
      component: data.get('component') || 'groups',
      kommune: data.get('kommune') || '',
      themes: data.getAll('theme'),
      languages: data.getAll('language'),
      formats: data.getAll('format'),
      size: data.get('size') || DEFAULT_SIZE,
      lang: data.get('lang') || 'nb',
      locks: data.getAll('lock'),
      accent: $('accent').value,
      accentText: $('accent-text').value,
    };
  }

  function renderKommuneOptions() {
    const select = $('kommune');
    const current = select.value;
    const query = $('kommune-filter').value;
    const matches = filterKommuner(kommuner, query);
    const shown = !current || matches.some((k) => k.kommunenummer === current)
      ? matches : [kommuner.find((k) => k.kommunenummer === current), ...matches];
    select.replaceChildren(new Option('Hele landet (ingen kommune valgt)', ''),
      ...shown.map((k) => new Option(kommuneLabel(k), k.kommunenummer)));
    select.value = current;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      $('kommune-count').textContent = query.trim() ? matchCount(matches.length) : '';
    }, 400);
  }

  async function loadKommuner() {
    try {
      const data = await getJson('/api/v1/kommuner');
      kommuner = sortKommuner(data.kommuner || []);
      $('attribution').textContent = data.attribution || '';
      renderKommuneOptions();
    } catch (e) {
      console.warn('selvhjelp configure:', e);
      $('kommune-error').textContent = 'Vi fikk ikke hentet kommunelisten. Last siden på nytt om litt.';
    }
  }

  async function loadThemes() {
    try {
      const data = await getJson('/api/v1/themes?lang=nb');
      fillChoices($('themes'), 'theme', (data.themes || []).map((t) => [t.code, t.label]));
    } catch (e) {
      console.warn('selvhjelp configure:', e);
      $('themes-error').textContent = 'Vi fikk ikke hentet temaene. Last siden på nytt om litt.';
    }
  }

  /** The colour picker and its hex field follow each other; a bad hex is marked, not used. */
  function linkColour(pickerId) {
    const picker = $(pickerId);
    const text = $(`${pickerId}-hex`);
    const error = $(`${pickerId}-hex-error`);
    text.value = picker.value;
    picker.addEventListener('input', () => {
      text.value = picker.value;
      text.removeAttribute('aria-invalid');
      error.textContent = '';
    });
    text.addEventListener('input', () => {
      const hex = normalizeHex(text.value);
      if (hex) {
        picker.value = hex;
        text.removeAttribute('aria-invalid');
        error.textContent = '';
      } else {
        text.setAttribute('aria-invalid', 'true');
        error.textContent = `Skriv en fargekode med seks tegn, for eksempel ${defaults.accent}.`;
      }
    });
  }

  function updateVisibility(state) {
    const c = COMPONENTS[state.component];
    for (const [selector, shown] of [['.filters-only', c.filters], ['.controls-only', c.controls]]) {
      for (const el of document.querySelectorAll(selector)) {
        el.hidden = !shown;
        if ('disabled' in el) el.disabled = !shown;
      }
    }
    const missing = c.needsKommune && !state.kommune;
    const select = $('kommune');
    if (missing) select.setAttribute('aria-invalid', 'true');
    else select.removeAttribute('aria-invalid');
    const text = missing ? 'Velg en kommune: kontaktpunkter og distriktskontor vises for én kommune.' : '';
    if ($('kommune-needed').textContent !== text) $('kommune-needed').textContent = text;
  }

  function updateContrast(state) {
    const ratio = contrastRatio(state.accentText, state.accent);
    $('contrast').textContent = `Kontrast mellom tekstfarge og knappefarge: ${formatRatio(ratio)} (minst 4,5:1 kreves).`;
    const swatch = $('swatch');
    swatch.style.setProperty('--shf-accent', state.accent);
    swatch.style.setProperty('--shf-accent-text', state.accentText);
    const fails = !(ratio >= MIN_CONTRAST);
    if (fails === failing) return;
    failing = fails;
    $('contrast-warning').textContent = fails
      ? 'For lav kontrast: teksten blir vanskelig å lese og oppfyller ikke WCAG 2.1 AA (minst 4,5:1). '
        + 'Velg en mørkere knappefarge eller en lysere tekstfarge (eller omvendt).'
      : '';
  }

  function updatePreview(state) {
    const { tag } = COMPONENTS[state.component];
    const wanted = new Map(widgetAttributes(state));
    const fresh = !preview || preview.localName !== tag;
    const el = fresh ? document.createElement(tag) : preview;
    for (const name of el.getAttributeNames()) {
      if (name !== 'style' && !wanted.has(name)) el.removeAttribute(name);
    }
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    const colours = customColours(state, defaults);
    if (colours) {
      el.style.setProperty('--shf-accent', colours.accent);
      el.style.setProperty('--shf-accent-text', colours.accentText);
    } else {
      el.style.removeProperty('--shf-accent');
      el.style.removeProperty('--shf-accent-text');
    }
    if (fresh) {
      // The preview keeps its search in this page's address (shf-…), as on a kommune's page.
      // Another kind of component starts from its own attributes, not from the last one's search
      // (a contact-point list asked with the finder's words and no kommune is a 400).
      const url = new URL(location.href);
      for (const key of [...url.searchParams.keys()]) if (key.startsWith('shf-')) url.searchParams.delete(key);
      if (url.href !== location.href) history.replaceState(history.state, '', url.href);
      $('preview').replaceChildren(el);
      preview = el;
    }
  }

  function updateSnippets(state) {
    const snippet = elementSnippet(state, location.origin, defaults);
    const iframe = iframeSnippet(state, location.origin);
    if ($('snippet').value !== snippet) {
      $('snippet').value = snippet;
      $('snippet-status').textContent = '';
    }
    if ($('iframe-snippet').value !== iframe) {
      $('iframe-snippet').value = iframe;
      $('iframe-status').textContent = '';
    }
  }

  function update() {
    const state = readState();
    updateVisibility(state);
    updateContrast(state);
    updatePreview(state);
    updateSnippets(state);
  }

  /** Clipboard API where allowed; otherwise select the text so Ctrl+C copies it. */
  async function copy(textarea, status) {
    try {
      await navigator.clipboard.writeText(textarea.value);
      status.textContent = 'Koden er kopiert.';
    } catch {
      textarea.focus();
      textarea.select();
      status.textContent = 'Koden er merket. Trykk Ctrl+C (Cmd+C på Mac) for å kopiere den.';
    }
  }

  function onKommuneChosen() {
    if (langTouched) return;
    const k = kommuner.find((x) => x.kommunenummer === $('kommune').value);
    const lang = k && k.maalform === 'nn' ? 'nn' : 'nb';
    const radio = document.querySelector(`input[name="lang"][value="${lang}"]`);
    if (radio) radio.checked = true;
  }

  function init() {
    const form = $('cfg');
    fillChoices($('languages'), 'language', LANGUAGES);
    fillChoices($('formats'), 'format', FORMATS);
    defaults = defaultColours(getComputedStyle(document.documentElement));
    $('accent').value = defaults.accent;
    $('accent-text').value = defaults.accentText;
    linkColour('accent');
    linkColour('accent-text');
    form.addEventListener('submit', (e) => e.preventDefault());
    $('kommune-filter').addEventListener('input', renderKommuneOptions); // the form's listener updates after it
    $('kommune').addEventListener('change', onKommuneChosen);
    for (const radio of document.querySelectorAll('input[name="lang"]')) {
      radio.addEventListener('change', () => { langTouched = true; });
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    $('copy-snippet').addEventListener('click', () => copy($('snippet'), $('snippet-status')));
    $('copy-iframe').addEventListener('click', () => copy($('iframe-snippet'), $('iframe-status')));
    update();
    loadKommuner();
    loadThemes();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
  else init();
})();
