/*
 * Selvhjelp finder widget: one static file, no dependencies, no build step.
 *
 *   <script src="https://FINDER/widget.js" defer></script>
 *   <selvhjelp-groups kommune="4602" theme="sorg angst" lang="nn"></selvhjelp-groups>
 *
 * Elements: <selvhjelp-groups> (the finder, /embed/groups), <selvhjelp-group-list>
 * (/embed/group-list), <selvhjelp-contact-points> (/embed/contact-points) and
 * <selvhjelp-district-office> (/embed/district-office).
 *
 * Attributes (all optional): q, kommune, fylke, theme, language, format, status, postnummer,
 * near, radius-km (or radiusKm), sort, page, size, lang (nb|nn|se|en|ar|so|ti|fa|uk|pl: every
 * text in that language and its direction; default: the host page's language if it is one of
 * those) and base-url (default: the origin this script came from).
 * kommune, fylke, theme, language, format and status take several values separated by spaces or
 * commas (OR). Every attribute is a starting value: the visitor may change it with the widget's
 * own controls (the kommune list, the theme list, the facets...). lock-<attribute> (e.g.
 * lock-kommune) makes it fixed instead: it holds for every search and its control and facet are
 * not offered. lang is always fixed. An invalid value is left out with a console.warn; changing an
 * attribute renders the element again from its attributes.
 *
 * The visitor's place (the search and the open group) is kept in the host page's address as
 * parameters of its own, shf-q=…&shf-kommune=…&shf-group=… (shf-<id>-… for an element with an id,
 * so that two finders on one page keep apart), added with history.pushState on the visitor's own
 * searches and clicks. Back and Forward, reload and a shared link restore it; the host page's own
 * query parameters and hash are left as they are.
 *
 * Events (bubbling, composed; detail {component}): "selvhjelp-load" after each view is shown,
 * "selvhjelp-error" when a view could not be loaded. They say nothing about the search.
 *
 * Each element fetches the component as an HTML fragment into an open shadow root, without
 * cookies, referrer or HTTP cache, and stores nothing but those address parameters: no cookies, no
 * Web Storage. It never evaluates code from the server (no eval, no inline handlers, scripts are
 * removed), so a strict CSP that allows only the finder's origin for scripts and styles is enough.
 *
 * Documentation for web editors: docs/widget.md.
 *
 * Tests: the pure helpers are exposed as globalThis.SelvhjelpWidgetInternals only when
 * globalThis.__SHF_TEST__ is set before the script runs; without customElements (Node's vm)
 * the script stops after that. See webresources-test/widget.test.mjs, widget-lock.test.mjs and
 * widget-state.test.mjs.
 */
(() => {
  'use strict';

  const COMPONENTS = {
    'selvhjelp-groups': 'groups',
    'selvhjelp-group-list': 'group-list',
    'selvhjelp-contact-points': 'contact-points',
    'selvhjelp-district-office': 'district-office',
  };
  const WEBRESOURCES = '/.resources/selvhjelp/webresources/';
  const TIMEOUT_MS = 20000;

  // Attribute name -> API parameter. HTML lowercases radiusKm to radiuskm; radius-km reads better.
  const ATTRIBUTES = {
    q: 'q',
    kommune: 'kommune',
    fylke: 'fylke',
    theme: 'theme',
    language: 'language',
    format: 'format',
    status: 'status',
    postnummer: 'postnummer',
    near: 'near',
    'radius-km': 'radiusKm',
    radiuskm: 'radiusKm',
    sort: 'sort',
    page: 'page',
    size: 'size',
    lang: 'lang',
    // "Groups after our courses" on a contact point's page: course-by="lms-unn".
    'course-by': 'courseBy',
    courseby: 'courseBy',
    'after-course': 'afterCourse',
    aftercourse: 'afterCourse',
  };
  // Parameters that take several values (repeated parameter = OR).
  const MULTI = ['kommune', 'fylke', 'theme', 'language', 'format', 'status', 'courseBy'];
  // The parameters the host page's address may carry for the widget (with its prefix), and a group's id.
  const STATE_NAMES = [...new Set(Object.values(ATTRIBUTES))].filter((p) => p !== 'lang').concat('group');
  const GROUP_ID = /^[a-z0-9-]{1,64}$/;
  const THEMES = ('angst depresjon sorg rus parorende utbrenthet ensomhet samlivsbrudd '
    + 'kronisk-sykdom psykisk-helse spiseforstyrrelser traumer innvandrere livsmestring').split(' ');

  // The server's page languages: every text a visitor sees exists in each (content/Messages).
  const LANGUAGES = ['nb', 'nn', 'se', 'en', 'ar', 'so', 'ti', 'fa', 'uk', 'pl'];
  const RTL = ['ar', 'fa'];

  const inRange = (lo, hi, whole) => (v) =>
    (whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(v) && Number(v) >= lo && Number(v) <= hi;
  const oneOf = (list) => (v) => list.includes(v);

  // Parameter -> [test, what a valid value looks like]. The server checks again; this only
  // catches typos early with a warning instead of an error box for every visitor.
  const RULES = {
    q: [(v) => v.length <= 500, 'at most 500 characters'],
    kommune: [(v) => /^\d{4}$/.test(v), 'a kommunenummer is four digits, e.g. 4602'],
    fylke: [(v) => /^\d{2}$/.test(v), 'a fylkesnummer is two digits, e.g. 46'],
    theme: [oneOf(THEMES), `a theme is one of ${THEMES.join(', ')}`],
    language: [(v) => /^[a-z]{2}$/.test(v), 'a language is two lowercase letters, e.g. nn'],
    format: [oneOf(['physical', 'digital', 'hybrid']), 'physical, digital or hybrid'],
    status: [oneOf(['open', 'starting', 'full', 'paused']), 'open, starting, full or paused'],
    postnummer: [(v) => /^\d{4}$/.test(v), 'a postnummer is four digits, e.g. 6900'],
    near: [validNear, 'LAT,LON, e.g. 61.6,5.03'],
    radiusKm: [inRange(0.1, 2000, false), 'a number from 0.1 to 2000'],
    sort: [oneOf(['relevance', 'distance', 'title']), 'relevance, distance or title'],
    page: [inRange(1, 10000, true), 'a whole number from 1 to 10000'],
    size: [inRange(1, 100, true), 'a whole number from 1 to 100'],
    lang: [oneOf(LANGUAGES), `one of ${LANGUAGES.join(', ')}`],
    courseBy: [(v) => /^[a-z0-9-]{1,64}$/.test(v), "a contact point's id, e.g. lms-unn"],
    afterCourse: [oneOf(['true', 'false']), 'true or false'],
  };

  // The widget's own texts, one block per page language: copies of selvhjelp.ui.widget.* in the
  // light module's bundles (module MessagesTest checks that they match).
  const MESSAGES = {
    nb: {
      loading: 'Laster…',
      searching: 'Søker…',
      error: 'Beklager, vi fikk ikke hentet innholdet.',
      retry: 'Prøv igjen',
      fallback: 'Åpne innholdet på en egen side',
      back: 'Tilbake til resultatene',
    },
    nn: {
      loading: 'Lastar…',
      searching: 'Søkjer…',
      error: 'Beklagar, vi fekk ikkje henta innhaldet.',
      retry: 'Prøv igjen',
      fallback: 'Opne innhaldet på ei eiga side',
      back: 'Tilbake til resultata',
    },
    se: {
      loading: 'Viežžá…',
      searching: 'Ohcá…',
      error: 'Ándagassii, eat beassan viežžat sisdoalu.',
      retry: 'Geahččal ođđasit',
      fallback: 'Raba sisdoalu sierra siidui',
      back: 'Ruovttoluotta bohtosiidda',
    },
    en: {
      loading: 'Loading…',
      searching: 'Searching…',
      error: 'Sorry, we could not load the content.',
      retry: 'Try again',
      fallback: 'Open the content on a separate page',
      back: 'Back to results',
    },
    ar: {
      loading: 'جارٍ التحميل…',
      searching: 'جارٍ البحث…',
      error: 'عذرًا، لم نتمكن من تحميل المحتوى.',
      retry: 'حاول مرة أخرى',
      fallback: 'افتح المحتوى في صفحة مستقلة',
      back: 'العودة إلى النتائج',
    },
    so: {
      loading: 'Waa la soo rarayaa…',
      searching: 'Waa la raadinayaa…',
      error: 'Waan ka xunnahay, nuxurka ma soo qaadi karin.',
      retry: 'Mar kale isku day',
      fallback: 'Ku fur nuxurka bog gaar ah',
      back: 'Ku noqo natiijooyinka',
    },
    ti: {
      loading: 'ይጽዕን ኣሎ…',
      searching: 'ይደሊ ኣሎ…',
      error: 'ይቕረታ፡ ነቲ ትሕዝቶ ከነምጽኦ ኣይከኣልናን።',
      retry: 'ደጊምካ ፈትን',
      fallback: 'ነቲ ትሕዝቶ ኣብ ፍሉይ ገጽ ክፈት',
      back: 'ናብ ውጽኢታት ተመለስ',
    },
    fa: {
      loading: 'در حال بارگذاری…',
      searching: 'در حال جستجو…',
      error: 'متأسفیم، نتوانستیم محتوا را بارگذاری کنیم.',
      retry: 'دوباره امتحان کنید',
      fallback: 'باز کردن محتوا در صفحه‌ای جداگانه',
      back: 'بازگشت به نتایج',
    },
    uk: {
      loading: 'Завантаження…',
      searching: 'Пошук…',
      error: 'Вибачте, не вдалося завантажити вміст.',
      retry: 'Спробувати ще раз',
      fallback: 'Відкрити вміст на окремій сторінці',
      back: 'Назад до результатів',
    },
    pl: {
      loading: 'Ładowanie…',
      searching: 'Wyszukiwanie…',
      error: 'Przepraszamy, nie udało się pobrać treści.',
      retry: 'Spróbuj ponownie',
      fallback: 'Otwórz treść na osobnej stronie',
      back: 'Wróć do wyników',
    },
  };

  // ---- pure helpers (each has its own test) ----

  /** "sorg, angst  rus" -> ["sorg", "angst", "rus"], without repeats. */
  function splitValues(value) {
    return [...new Set(String(value).split(/[\s,]+/).filter(Boolean))];
  }

  /** "61.6,5.03" with latitude -90..90 and longitude -180..180. */
  function validNear(value) {
    const m = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(value);
    return !!m && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180;
  }

  /** A language tag as the widget understands it: "nn-NO" -> "nn", "no" -> "nb". */
  function normalizeLang(tag) {
    const primary = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
    return primary === 'no' ? 'nb' : primary;
  }

  /** The UI language: the element's own lang (checked later), else the host page's if supported. */
  function effectiveLang(own, inherited) {
    if (own != null && own.trim() !== '') return normalizeLang(own);
    const host = normalizeLang(inherited);
    return RULES.lang[0](host) ? host : undefined;
  }

  /** Element attributes ({name: value}) -> API parameters; invalid values are left out and warned about. */
  function toParams(attrs, warn = () => {}) {
    const params = new URLSearchParams();
    for (const [attr, param] of Object.entries(ATTRIBUTES)) {
      const raw = attrs[attr];
      if (raw == null) continue;
      const values = MULTI.includes(param) ? splitValues(raw) : [String(raw).trim()].filter(Boolean);
      for (const value of values) {
        const [valid, hint] = RULES[param];
        if (!valid(value)) {
          warn(`ignoring ${attr}="${value}": ${hint}`);
        } else if (MULTI.includes(param)) {
          params.append(param, value);
        } else {
          params.set(param, value);
        }
      }
    }
    return params;
  }

  /** The parameters the editor locked with lock-<attribute> attributes (present, whatever their value). */
  function lockNames(attrs) {
    const names = new Set();
    for (const [attr, param] of Object.entries(ATTRIBUTES)) if (attrs[`lock-${attr}`] != null) names.add(param);
    return names;
  }

  /** The parameters the visitor may not change: lang and the locked ones. */
  function lockedOf(params, names) {
    const locked = new URLSearchParams();
    for (const [k, v] of params) if (k === 'lang' || names.has(k)) locked.append(k, v);
    return locked;
  }

  /** Form data or link parameters with every locked parameter replaced by its locked values. */
  function withPresets(entries, presets) {
    const out = new URLSearchParams();
    for (const [k, v] of entries) {
      if (typeof v !== 'string' || v === '' || k === 'fragment' || presets.has(k)) continue;
      out.append(k, v);
    }
    for (const [k, v] of presets) out.append(k, v);
    return out;
  }

  /** An href from a fragment resolved against the finder; null unless it is http(s). */
  function resolveUrl(base, href) {
    try {
      const url = new URL(href, base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  /** The base-url attribute if it is an absolute http(s) URL (without a trailing slash), else the fallback. */
  function baseUrl(attr, fallback, warn = () => {}) {
    if (attr == null) return fallback;
    const url = resolveUrl(undefined, attr);
    if (url) {
      const { origin, pathname } = new URL(url);
      return (origin + pathname).replace(/\/+$/, '');
    }
    warn(`ignoring base-url="${attr}": it must be an absolute http(s) URL`);
    return fallback;
  }

  /** Where the script came from: the origin of its src, else the fallback. */
  function scriptOrigin(src, fallback) {
    const url = src ? resolveUrl(undefined, src) : null;
    return url ? new URL(url).origin : fallback;
  }

  /** The full (no-JS) page of a component: <base>/embed/<component>?<params>. */
  function componentUrl(base, component, params) {
    const url = new URL(`${base}/embed/${component}`);
    url.search = params.toString();
    return url.href;
  }

  /** The same URL asking for the fragment only. */
  function fragmentUrl(pageUrl) {
    const url = new URL(pageUrl);
    url.searchParams.set('fragment', 'true');
    return url.href;
  }

  /** The same URL as a full page (the no-JS fallback). */
  function fullPageUrl(anyUrl) {
    const url = new URL(anyUrl);
    url.searchParams.delete('fragment');
    return url.href;
  }

  /** Is this URL the component's own list (results) page, as opposed to a detail page? */
  function isListUrl(pageUrl, component) {
    return new URL(pageUrl).pathname.endsWith(`/embed/${component}`);
  }

  /**
   * Where a data-shf-nav link leads, as a full-page URL with the locked parameters enforced: all of
   * them on the component's own list, only lang elsewhere (e.g. a group's detail page). Null for links
   * to another origin, which are left to the browser.
   */
  function navTarget(base, href, presets, component) {
    const resolved = resolveUrl(base, href);
    if (!resolved || new URL(resolved).origin !== new URL(base).origin) return null;
    const url = new URL(resolved);
    const list = isListUrl(resolved, component);
    const enforced = list ? presets : new URLSearchParams(presets.getAll('lang').map((l) => ['lang', l]));
    url.search = withPresets(url.searchParams, enforced).toString();
    url.hash = '';
    return { url: url.href, list };
  }

  /** The prefix of an element's parameters in the host page's address: shf- or shf-<id>-. */
  function statePrefix(id) {
    return id && /^[A-Za-z0-9_]{1,40}$/.test(id) ? `shf-${id}-` : 'shf-';
  }

  /** The id of the group a detail URL shows, or null. */
  function groupOf(pageUrl) {
    const m = /\/embed\/groups\/([^/]+)$/.exec(new URL(pageUrl).pathname);
    return m && GROUP_ID.test(m[1]) ? m[1] : null;
  }

  /**
   * What the address keeps of a view: the list's parameters but lang and the locked ones, and the
   * open group. An empty search is kept as q= so that it still differs from "no state" (the
   * element's attributes).
   */
  function stateOf(listUrl, locked, group) {
    const list = new URLSearchParams();
    for (const [k, v] of new URL(listUrl).searchParams) {
      if (k !== 'lang' && !locked.has(k) && STATE_NAMES.includes(k)) list.append(k, v);
    }
    // The form always sends its sort select; the address keeps it only when the visitor chose
    // something other than what the list would show anyway, so shared links stay short.
    if (list.getAll('sort').length === 1 && list.get('sort') === defaultSort(list)) list.delete('sort');
    if (!list.toString()) list.set('q', '');
    return { list, group: group || null };
  }

  /**
   * The order a list has without a sort parameter, as the server decides it (FinderForms): nearest
   * first for a postnummer without words, best match otherwise.
   */
  function defaultSort(list) {
    const given = (name) => list.getAll(name).some((v) => v.trim() !== '');
    return given('postnummer') && !given('q') ? 'distance' : 'relevance';
  }

  /** The state in a host page's query string (location.search), or null if it has none. */
  function readState(search, prefix) {
    const host = new URLSearchParams(search);
    const list = new URLSearchParams();
    let group = null;
    let found = false;
    for (const name of STATE_NAMES) {
      for (const value of host.getAll(prefix + name)) {
        found = true;
        if (name !== 'group') list.append(name, value);
        else if (GROUP_ID.test(value)) group = value;
      }
    }
    return found ? { list, group } : null;
  }

  /** A state as one comparable string ('' for none). */
  function stateKey(state) {
    return state ? `${state.list}#${state.group || ''}` : '';
  }

  /** A query-string key as the browser reads it; the raw text if it is not valid percent-encoding. */
  function decodeKey(raw) {
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return raw;
    }
  }

  /**
   * The host page's address with this element's state (null: none) in place of the old one. The
   * host's own parameters are kept byte for byte, in their order, and so is its hash.
   */
  function writeState(href, prefix, state) {
    const url = new URL(href);
    const ours = new Set(STATE_NAMES.map((n) => prefix + n));
    const parts = url.search.slice(1).split('&').filter((part) => part && !ours.has(decodeKey(part.split('=')[0])));
    const add = (k, v) => parts.push(`${encodeURIComponent(prefix + k)}=${encodeURIComponent(v)}`);
    if (state) {
      for (const [k, v] of state.list) add(k, v);
      if (state.group) add('group', state.group);
    }
    url.search = parts.length ? `?${parts.join('&')}` : '';
    return url.href;
  }

  /** The views a state stands for: its list and the page to show (the group's, if one is open). */
  function viewOf(state, base, component, locked) {
    const listUrl = componentUrl(base, component, withPresets(state.list, locked));
    const detail = state.group ? navTarget(base, `${base}/embed/groups/${state.group}`, locked, component) : null;
    return { listUrl, pageUrl: detail ? detail.url : listUrl };
  }

  /** A warning for components that make no sense without a place, else ''. */
  function missingRequired(component, params) {
    if (component === 'contact-points' && !params.has('kommune')) {
      return 'needs a kommune attribute, e.g. kommune="4602"';
    }
    if (component === 'district-office' && !params.has('kommune') && !params.has('fylke')) {
      return 'needs a kommune (or fylke) attribute, e.g. kommune="4602"';
    }
    return '';
  }

  /** The language of the widget's own texts: the page language, Bokmål if it is not one. */
  function uiLang(lang) {
    if (MESSAGES[lang]) return lang;
    return LANGUAGES.includes(lang) ? 'en' : 'nb';
  }

  /** The widget's own texts in the UI language (Bokmål if unknown). */
  function message(lang, key) {
    return MESSAGES[uiLang(lang)][key];
  }

  /**
   * What the live region says once a list has loaded: the result count. The fragment's own count
   * is a live region too, but a region inserted with its text already in it is not reliably
   * announced, so its role is dropped and the widget's persistent region speaks instead.
   */
  function takeCount(section) {
    const count = section.querySelector('.shf-count');
    if (!count) return '';
    count.removeAttribute('role');
    count.removeAttribute('aria-live');
    return count.textContent.trim();
  }

  /** The root and every element under it. */
  function elementsOf(root) {
    return [root, ...root.querySelectorAll('*')];
  }

  /** Removes what could run code or navigate: script/object/embed/meta, on* attributes, javascript: URLs. */
  function sanitize(root) {
    for (const el of root.querySelectorAll('script, object, embed, meta')) el.remove();
    for (const el of elementsOf(root)) {
      for (const { name, value } of [...el.attributes]) {
        const url = /^(href|src|action|formaction|xlink:href)$/i.test(name);
        if (/^on/i.test(name) || (url && /^javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, '')))) {
          el.removeAttribute(name);
        }
      }
    }
    return root;
  }

  /** Makes server-relative URLs ("/embed/...") absolute on the finder, so they work on any host page. */
  function absolutize(root, base) {
    for (const el of elementsOf(root)) {
      for (const name of ['href', 'src', 'action', 'formaction']) {
        const value = el.getAttribute(name);
        if (value && /^\/(?!\/)/.test(value)) el.setAttribute(name, resolveUrl(base, value));
      }
    }
    return root;
  }

  /** The page has none of our elements: say so, once, and do nothing else. */
  function warnIfMissing(doc, warn) {
    const names = Object.keys(COMPONENTS);
    if (!doc.querySelector(names.join(','))) {
      warn(`none of <${names.join('>, <')}> is on this page, so there is nothing to show`);
    }
  }

  const internals = {
    COMPONENTS, ATTRIBUTES, THEMES, LANGUAGES, MESSAGES, splitValues, validNear, normalizeLang, effectiveLang,
    toParams, lockNames, lockedOf, withPresets, resolveUrl, baseUrl, scriptOrigin, componentUrl, fragmentUrl,
    fullPageUrl, isListUrl, navTarget, statePrefix, groupOf, stateOf, readState, stateKey, decodeKey, writeState,
    viewOf, missingRequired, uiLang, message, takeCount, sanitize, absolutize, warnIfMissing,
  };
  if (globalThis.__SHF_TEST__) globalThis.SelvhjelpWidgetInternals = Object.freeze(internals);
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return;

  // ---- the elements ----

  const say = (text) => console.warn(`selvhjelp widget: ${text}`);
  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const SCRIPT_BASE = scriptOrigin(script && script.src, location.origin);

  /** document.createElement with attributes and children (strings become text). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    el.append(...children);
    return el;
  }

  /** The section in a fragment response, cleaned and made absolute; null if there is none. */
  function parseFragment(html, base) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const section = doc.querySelector('section.shf, [data-shf-component]');
    return section ? document.importNode(absolutize(sanitize(section), base), true) : null;
  }

  /** Focus for an element that is not focusable by itself, without adding it to the tab order. */
  function focusOn(el) {
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.setAttribute('tabindex', '-1');
    el.focus();
  }

  /**
   * A locked parameter is not offered: its form field shows the fixed value as text (as the server
   * does for a kommune an editor fixed) and its facet goes. The search still sends the value.
   */
  function lockControls(section, locked) {
    const form = section.querySelector('form.shf-form');
    for (const name of new Set(locked.keys())) {
      if (name === 'lang') continue;
      const values = locked.getAll(name);
      const control = form && form.querySelector(`[name="${name}"]:not([type="hidden"])`);
      const field = control && control.closest('.shf-field');
      if (field) {
        const label = field.querySelector('label');
        const option = (v) => control.options && [...control.options].find((o) => o.value === v);
        const shown = values.map((v) => (option(v) ? option(v).textContent.trim() : v));
        field.replaceChildren(h('p', { class: 'shf-fixed' },
          h('span', { class: 'shf-label' }, label ? label.textContent.trim() : name), ' ', h('strong', null, shown.join(', '))));
      }
      for (const el of section.querySelectorAll(`[id$="-facet-${name}"], [aria-labelledby$="-facet-${name}"]`)) el.remove();
    }
    return section;
  }

  class SelvhjelpElement extends HTMLElement {
    static get observedAttributes() {
      return [...Object.keys(ATTRIBUTES), ...Object.keys(ATTRIBUTES).map((a) => `lock-${a}`), 'base-url'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      this._sheets = ['selvhjelp.css', 'widget.css'].map((file) => h('link', { rel: 'stylesheet', 'data-file': file }));
      this._status = h('p', { class: 'shf-widget-status', role: 'status', 'aria-live': 'polite' });
      this._view = h('div', { class: 'shf-widget' });
      root.append(...this._sheets, this._status, this._view);
      root.addEventListener('submit', (e) => this._onSubmit(e));
      root.addEventListener('click', (e) => this._onClick(e));
      this._onPop = () => this._restore();
    }

    connectedCallback() {
      addEventListener('popstate', this._onPop);
      this._schedule(true);
    }

    disconnectedCallback() {
      removeEventListener('popstate', this._onPop);
      this._abort();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) this._schedule(false);
    }

    /**
     * Renders once per task however many attributes change together: from the host page's address
     * when the element arrives, from its attributes alone when they change (e.g. in the configurator).
     */
    _schedule(fromAddress) {
      this._fromAddress = this._fromAddress || fromAddress;
      if (this._queued) return;
      this._queued = true;
      queueMicrotask(() => {
        this._queued = false;
        const restore = this._fromAddress;
        this._fromAddress = false;
        if (this.isConnected) this._start(restore);
      });
    }

    _config() {
      const component = COMPONENTS[this.localName];
      const warn = (text) => say(`<${this.localName}> ${text}`);
      const attrs = {};
      for (const { name, value } of this.attributes) attrs[name] = value;
      const host = this.parentElement && this.parentElement.closest('[lang]');
      attrs.lang = effectiveLang(attrs.lang, host ? host.getAttribute('lang') : document.documentElement.lang);
      const params = toParams(attrs, warn);
      const missing = missingRequired(component, params);
      if (missing) warn(missing);
      const base = baseUrl(attrs['base-url'], SCRIPT_BASE, warn);
      const locks = lockNames(attrs);
      for (const name of locks) if (!params.has(name)) warn(`lock-${name} has no ${name} to lock`);
      return {
        component, base, params, locked: lockedOf(params, locks), lang: params.get('lang') || 'nb',
        prefix: statePrefix(this.id), home: componentUrl(base, component, params),
      };
    }

    _start(fromAddress) {
      this._cfg = this._config();
      const { base, component, locked, prefix, home } = this._cfg;
      for (const link of this._sheets) {
        const href = base + WEBRESOURCES + link.dataset.file;
        if (link.getAttribute('href') !== href) link.setAttribute('href', href);
      }
      this._listUrl = null;
      this._opened = null;
      const state = fromAddress ? readState(location.search, prefix) : null;
      if (!fromAddress) this._writeAddress(null, 'replaceState'); // the attributes start over
      this._key = stateKey(state);
      if (!state) {
        this._load(home, { focus: false });
        return;
      }
      const view = viewOf(state, base, component, locked);
      this._listUrl = view.listUrl;
      if (view.pageUrl !== view.listUrl) this._opened = view.pageUrl;
      this._load(view.pageUrl, { focus: false });
    }

    /** Puts the state into the host page's address (a new history entry with pushState). */
    _writeAddress(state, method) {
      const next = writeState(location.href, this._cfg.prefix, state);
      if (next !== location.href) history[method](history.state, '', next);
      this._key = stateKey(readState(new URL(next).search, this._cfg.prefix));
    }

    /** A view the visitor asked for: remembered in the address, then shown. */
    _go(pageUrl, options) {
      const { component, locked, home } = this._cfg;
      const list = isListUrl(pageUrl, component);
      const group = list ? null : groupOf(pageUrl);
      if (list || group) this._writeAddress(stateOf(list ? pageUrl : this._listUrl || home, locked, group), 'pushState');
      this._load(pageUrl, options);
    }

    /** Back or Forward: show what the address now holds, unless only the host's own part changed. */
    _restore() {
      if (!this._cfg) return;
      const { base, component, locked, prefix, home } = this._cfg;
      const state = readState(location.search, prefix);
      if (stateKey(state) === this._key) return;
      this._key = stateKey(state);
      const view = state ? viewOf(state, base, component, locked) : { listUrl: home, pageUrl: home };
      const list = view.pageUrl === view.listUrl;
      if (list) {
        this._load(view.pageUrl, { focus: true, back: !!this._opened });
        return;
      }
      this._listUrl = view.listUrl;
      this._opened = view.pageUrl;
      this._load(view.pageUrl, { focus: true });
    }

    _abort() {
      if (this._ctrl) this._ctrl.abort();
      this._ctrl = null;
    }

    /** Fetches a view (a full-page URL; the fragment is asked for) and shows it. */
    async _load(pageUrl, { focus, back = false }) {
      this._abort();
      const ctrl = (this._ctrl = new AbortController());
      const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
      const { base, component, lang } = this._cfg;
      const list = isListUrl(pageUrl, component);
      const busy = this._view.querySelector('section') || this._view;
      busy.setAttribute('aria-busy', 'true');
      this._status.classList.remove('shf-visually-hidden');
      this._status.textContent = message(lang, list ? 'searching' : 'loading');
      let section = null;
      try {
        const res = await fetch(fragmentUrl(pageUrl), {
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          mode: 'cors',
          signal: ctrl.signal,
        });
        // A non-2xx answer that still carries the component (e.g. "no such group") is shown as is.
        section = parseFragment(await res.text(), base);
      } catch {
        section = null;
      } finally {
        clearTimeout(timer);
      }
      if (ctrl !== this._ctrl) return; // superseded by a newer load, or disconnected
      this._ctrl = null;
      busy.removeAttribute('aria-busy');
      this._status.textContent = '';
      if (!section) {
        this._fail(pageUrl, focus);
        return;
      }
      if (list) this._listUrl = pageUrl;
      else this._linkBack(section);
      lockControls(section, this._cfg.locked);
      const count = list ? takeCount(section) : '';
      this._view.replaceChildren(section);
      // Announced after the visitor's own searches and page turns; the count is also on screen,
      // so the region hides itself while it speaks.
      if (focus && count) {
        this._status.classList.add('shf-visually-hidden');
        this._status.textContent = count;
      }
      if (focus) focusOn(this._focusTarget(section, list, back));
      if (list) this._opened = null;
      this._emit('selvhjelp-load');
    }

    /**
     * Back from a detail leads to the exact results page the visitor came from: the detail's links
     * to a result list (the finder's or the group list's) are pointed there, or one is added.
     */
    _linkBack(section) {
      if (!this._listUrl) return;
      const back = [...section.querySelectorAll('a[data-shf-nav]')]
        .filter((a) => isListUrl(a.href, 'groups') || isListUrl(a.href, 'group-list'));
      for (const a of back) a.setAttribute('href', this._listUrl);
      if (back.length) return;
      const link = h('a', { href: this._listUrl, 'data-shf-nav': '' }, message(this._cfg.lang, 'back'));
      section.prepend(h('p', { class: 'shf-back' }, link));
    }

    _focusTarget(section, list, back) {
      // A search the visitor got wrong: the sentence saying so, not the heading far above it.
      const error = section.querySelector('.shf-error');
      if (error) return error;
      if (list) {
        const opened = back && this._opened
          && [...section.querySelectorAll('a[data-shf-nav]')].find((a) => a.href === this._opened);
        return opened || section.querySelector('.shf-count') || section.querySelector('h1, h2, h3') || section;
      }
      return section.querySelector('h1, h2, h3') || section;
    }

    _fail(pageUrl, focus) {
      const { lang } = this._cfg;
      const retry = h('button', { type: 'button', class: 'shf-retry' }, message(lang, 'retry'));
      retry.addEventListener('click', () => this._load(pageUrl, { focus: true }));
      const box = h('div', { class: 'shf shf-widget-error', role: 'alert', lang: uiLang(lang), dir: RTL.includes(uiLang(lang)) ? 'rtl' : 'ltr' },
        h('p', null, message(lang, 'error')),
        h('p', null, retry, ' ', h('a', { href: fullPageUrl(pageUrl) }, message(lang, 'fallback'))));
      this._view.replaceChildren(box);
      if (focus) focusOn(box);
      this._emit('selvhjelp-error');
    }

    _emit(type) {
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: { component: this._cfg.component } }));
    }

    _onSubmit(event) {
      const form = event.target;
      if (!this._cfg || !form.matches || !form.matches('form.shf-form')) return;
      if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') return;
      const { base, component, locked } = this._cfg;
      const action = resolveUrl(base, form.getAttribute('action') || `/embed/${component}`);
      if (!action || new URL(action).origin !== new URL(base).origin) return;
      event.preventDefault();
      const url = new URL(action);
      url.search = withPresets(new FormData(form, event.submitter), locked).toString();
      this._opened = null;
      this._go(url.href, { focus: true });
    }

    _onClick(event) {
      if (!this._cfg || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab: full page
      const link = event.target.closest && event.target.closest('a[data-shf-nav]');
      if (!link || (link.target && link.target !== '_self')) return;
      // "Start again" leads back to what the page first showed: the editor's starting values.
      const href = link.matches('.shf-reset') ? this._cfg.home : link.getAttribute('href');
      const nav = navTarget(this._cfg.base, href, this._cfg.locked, this._cfg.component);
      if (!nav) return;
      event.preventDefault();
      if (!nav.list) this._opened = link.href;
      this._go(nav.url, { focus: true, back: nav.list && !!this._opened });
    }
  }

  for (const name of Object.keys(COMPONENTS)) {
    if (!customElements.get(name)) customElements.define(name, class extends SelvhjelpElement {});
  }
  // Checked at load, so that scripts running after this one (a configurator, a CMS) can still add elements.
  if (document.readyState === 'complete') warnIfMissing(document, say);
  else addEventListener('load', () => warnIfMissing(document, say), { once: true });
})();
