// Unit tests for widget.js. Run: node --test light-modules/selvhjelp/webresources-test/
//
// widget.js is a classic script. The tests run it in a fresh vm context with
// __SHF_TEST__ set, which makes it publish its pure helpers as SelvhjelpWidgetInternals;
// without customElements in that context it stops there. Results crossing the context
// boundary are compared as strings or JSON, never by prototype.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

const SOURCE_URL = new URL('../webresources/widget.js', import.meta.url);
const source = readFileSync(SOURCE_URL, 'utf8');
const BASE = 'https://finner.example';

function load(globals = {}) {
  const context = vm.createContext({ __SHF_TEST__: true, URL, URLSearchParams, console, ...globals });
  vm.runInContext(source, context, { filename: 'widget.js' });
  return context;
}

const W = load().SelvhjelpWidgetInternals;
const plain = (value) => JSON.parse(JSON.stringify(value));
const warnings = () => {
  const seen = [];
  const warn = (text) => seen.push(text);
  warn.seen = seen;
  return warn;
};

/** A few methods of a DOM element, enough for sanitize and absolutize. */
function fakeElement(localName, attrs = {}, children = []) {
  const el = {
    localName,
    parent: null,
    children,
    attrs: new Map(Object.entries(attrs)),
    get attributes() {
      return [...this.attrs].map(([name, value]) => ({ name, value }));
    },
    getAttribute(name) {
      return this.attrs.has(name) ? this.attrs.get(name) : null;
    },
    setAttribute(name, value) {
      this.attrs.set(name, String(value));
    },
    removeAttribute(name) {
      this.attrs.delete(name);
    },
    remove() {
      this.parent.children.splice(this.parent.children.indexOf(this), 1);
    },
    querySelectorAll(selector) {
      const names = selector.split(',').map((s) => s.trim());
      const all = [];
      const walk = (node) => node.children.forEach((c) => { all.push(c); walk(c); });
      walk(this);
      return names.includes('*') ? all : all.filter((c) => names.includes(c.localName));
    },
  };
  children.forEach((c) => { c.parent = el; });
  return el;
}

test('the gzipped widget stays within the 15 KB budget', () => {
  const size = gzipSync(readFileSync(SOURCE_URL)).length;
  assert.ok(size <= 15 * 1024, `widget.js is ${size} bytes gzipped`);
});

test('the widget uses nothing a strict CSP or the privacy promise forbids', () => {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const banned of [/\beval\s*\(/, /new\s+Function/, /localStorage/, /sessionStorage/, /document\.cookie/,
    /indexedDB/, /innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\.on[a-z]+\s*=[^=]/,
    /location\.(href|hash|search)\s*=/, /setAttribute\(\s*['"]style['"]/]) {
    assert.doesNotMatch(code, banned);
  }
  assert.match(code, /credentials: 'omit'/);
  assert.match(code, /referrerPolicy: 'no-referrer'/);
});

test('splitValues splits on spaces and commas and drops repeats', () => {
  assert.deepEqual(plain(W.splitValues(' sorg, angst  rus,,sorg ')), ['sorg', 'angst', 'rus']);
  assert.deepEqual(plain(W.splitValues('')), []);
});

test('validNear accepts LAT,LON inside the globe only', () => {
  assert.equal(W.validNear('61.6,5.03'), true);
  assert.equal(W.validNear('-33.9, 151.2'), true);
  assert.equal(W.validNear('91,5'), false);
  assert.equal(W.validNear('61.6'), false);
  assert.equal(W.validNear('a,b'), false);
});

test('normalizeLang keeps the primary subtag and reads "no" as Bokmål', () => {
  assert.equal(W.normalizeLang('nn-NO'), 'nn');
  assert.equal(W.normalizeLang('NB'), 'nb');
  assert.equal(W.normalizeLang('no'), 'nb');
  assert.equal(W.normalizeLang(undefined), '');
});

test('effectiveLang prefers the element, then a supported host language, else none', () => {
  assert.equal(W.effectiveLang('en', 'nn'), 'en');
  assert.equal(W.effectiveLang(undefined, 'nn-NO'), 'nn');
  assert.equal(W.effectiveLang('', 'no'), 'nb');
  assert.equal(W.effectiveLang(undefined, 'sv'), undefined);
  assert.equal(W.effectiveLang('sv', 'nb'), 'sv'); // checked (and warned about) by toParams
});

test('toParams accepts the about-only languages, e.g. ar and fa', () => {
  assert.equal(W.toParams({ lang: 'ar' }).toString(), 'lang=ar');
  assert.equal(W.toParams({ lang: 'fa' }).toString(), 'lang=fa');
});

test('toParams turns list attributes into repeated parameters in a stable order', () => {
  const params = W.toParams({ lang: 'nn', theme: 'sorg angst', kommune: '4602', class: 'x', 'base-url': BASE });
  assert.equal(params.toString(), 'kommune=4602&theme=sorg&theme=angst&lang=nn');
});

test('toParams keeps q and near whole and reads radiuskm and radius-km', () => {
  const params = W.toParams({ q: 'sorg, etterlatne', near: '61.6,5.03', radiuskm: '50', sort: 'distance' });
  assert.equal(params.get('q'), 'sorg, etterlatne');
  assert.equal(params.get('near'), '61.6,5.03');
  assert.equal(params.get('radiusKm'), '50');
  assert.equal(W.toParams({ 'radius-km': '12.5' }).get('radiusKm'), '12.5');
});

test('toParams reads the course presets: course-by (a contact point id) and after-course', () => {
  const params = W.toParams({ 'course-by': 'lms-unn', 'after-course': 'true' });
  assert.equal(params.toString(), 'courseBy=lms-unn&afterCourse=true');
  assert.equal(W.toParams({ courseby: 'frisklivs-bergen' }).get('courseBy'), 'frisklivs-bergen');
  const warn = warnings();
  assert.equal(W.toParams({ 'course-by': 'LMS UNN', 'after-course': 'ja' }, warn).toString(), '');
  assert.equal(warn.seen.length, 3);
});

test('toParams leaves out invalid values and warns about each', () => {
  const warn = warnings();
  const params = W.toParams({ kommune: '46O2 4602', theme: 'kaffe', size: '500', lang: 'sv', fylke: '46' }, warn);
  assert.equal(params.toString(), 'kommune=4602&fylke=46');
  assert.equal(warn.seen.length, 4);
  assert.match(warn.seen[0], /kommune="46O2".*four digits/);
  assert.match(warn.seen.join('\n'), /theme="kaffe"/);
  assert.match(warn.seen.join('\n'), /size="500"/);
  assert.match(warn.seen.join('\n'), /lang="sv"/);
});

test('withPresets lets locked parameters win over the visitor and drops empty fields and files', () => {
  const form = [['q', 'sorg'], ['kommune', '0301'], ['theme', 'angst'], ['format', ''], ['fragment', 'true'],
    ['upload', { name: 'file' }], ['lang', 'en']];
  const presets = new URLSearchParams('kommune=4602&kommune=4601&lang=nn');
  assert.equal(W.withPresets(form, presets).toString(), 'q=sorg&theme=angst&kommune=4602&kommune=4601&lang=nn');
});

test('resolveUrl resolves server paths on the finder and refuses other schemes', () => {
  assert.equal(W.resolveUrl(BASE, '/embed/groups?page=2'), `${BASE}/embed/groups?page=2`);
  assert.equal(W.resolveUrl(`${BASE}/sub`, '/embed/groups'), `${BASE}/embed/groups`);
  assert.equal(W.resolveUrl(BASE, 'https://other.example/x'), 'https://other.example/x');
  assert.equal(W.resolveUrl(BASE, 'javascript:alert(1)'), null);
  assert.equal(W.resolveUrl(BASE, 'mailto:ola@example.org'), null);
  assert.equal(W.resolveUrl(undefined, '/relative'), null);
});

test('baseUrl takes an absolute http(s) base-url without trailing slash, else the script origin', () => {
  const warn = warnings();
  assert.equal(W.baseUrl(undefined, BASE, warn), BASE);
  assert.equal(W.baseUrl('https://cms.example/finner/?x=1', BASE, warn), 'https://cms.example/finner');
  assert.equal(W.baseUrl('/finner', BASE, warn), BASE);
  assert.equal(W.baseUrl('ftp://x.example', BASE, warn), BASE);
  assert.equal(warn.seen.length, 2);
});

test('scriptOrigin is the origin of the script src, else the fallback', () => {
  assert.equal(W.scriptOrigin(`${BASE}/widget.js?v=1`, 'https://host.example'), BASE);
  assert.equal(W.scriptOrigin('', 'https://host.example'), 'https://host.example');
});

test('componentUrl, fragmentUrl and fullPageUrl build the contract URLs', () => {
  const page = W.componentUrl(BASE, 'groups', new URLSearchParams('kommune=4602&theme=sorg'));
  assert.equal(page, `${BASE}/embed/groups?kommune=4602&theme=sorg`);
  assert.equal(W.componentUrl(`${BASE}/ctx`, 'about', new URLSearchParams()), `${BASE}/ctx/embed/about`);
  const fragment = W.fragmentUrl(page);
  assert.equal(fragment, `${BASE}/embed/groups?kommune=4602&theme=sorg&fragment=true`);
  assert.equal(W.fullPageUrl(fragment), page);
});

test('isListUrl tells the component list from a detail page', () => {
  assert.equal(W.isListUrl(`${BASE}/embed/groups?page=2`, 'groups'), true);
  assert.equal(W.isListUrl(`${BASE}/embed/groups/sorggruppe-kinn`, 'groups'), false);
  assert.equal(W.isListUrl(`${BASE}/embed/group-list`, 'group-list'), true);
  assert.equal(W.isListUrl(`${BASE}/embed/groups/x`, 'group-list'), false);
});

test('navTarget keeps all locked parameters on the list, only lang on a detail, and ignores other origins', () => {
  const presets = new URLSearchParams('kommune=4602&lang=nn');
  const page = W.navTarget(BASE, '/embed/groups?q=sorg&kommune=0301&page=2#top', presets, 'groups');
  assert.deepEqual(plain(page), { url: `${BASE}/embed/groups?q=sorg&page=2&kommune=4602&lang=nn`, list: true });
  const detail = W.navTarget(BASE, '/embed/groups/sorggruppe-kinn?lang=en', presets, 'groups');
  assert.deepEqual(plain(detail), { url: `${BASE}/embed/groups/sorggruppe-kinn?lang=nn`, list: false });
  assert.equal(W.navTarget(BASE, 'https://tracker.example/embed/groups', presets, 'groups'), null);
  assert.equal(W.navTarget(BASE, 'javascript:void(0)', presets, 'groups'), null);
});

test('missingRequired asks contact points for a kommune and district offices for a kommune or fylke', () => {
  const p = (q) => new URLSearchParams(q);
  assert.match(W.missingRequired('contact-points', p('')), /kommune/);
  assert.equal(W.missingRequired('contact-points', p('kommune=4602')), '');
  assert.match(W.missingRequired('district-office', p('lang=nn')), /kommune/);
  assert.equal(W.missingRequired('district-office', p('fylke=46')), '');
  assert.equal(W.missingRequired('groups', p('')), '');
});

test('message speaks every page language, else Bokmål', () => {
  assert.equal(W.message('nb', 'searching'), 'Søker…');
  assert.equal(W.message('nn', 'searching'), 'Søkjer…');
  assert.equal(W.message('en', 'searching'), 'Searching…');
  assert.equal(W.message('ar', 'searching'), 'جارٍ البحث…');
  assert.equal(W.message('se', 'searching'), 'Ohcá…');
  assert.equal(W.message('sv', 'searching'), 'Søker…');
  assert.equal(W.uiLang('fa'), 'fa');
  for (const lang of ['nb', 'nn', 'se', 'en', 'ar', 'so', 'ti', 'fa', 'uk', 'pl']) {
    assert.deepEqual(Object.keys(W.MESSAGES[lang]), Object.keys(W.MESSAGES.nb), `every text in ${lang}`);
  }
});

test('sanitize removes scripts, inline handlers and javascript: URLs and keeps the rest', () => {
  const script = fakeElement('script');
  const link = fakeElement('a', { href: ' java\nscript:alert(1)', class: 'x', onclick: 'alert(1)' });
  const mail = fakeElement('a', { href: 'mailto:ola@example.org' });
  const form = fakeElement('form', { action: 'JavaScript:x', class: 'shf-form' });
  const root = fakeElement('section', { class: 'shf', onmouseover: 'x' }, [script, link, mail, form]);
  W.sanitize(root);
  assert.deepEqual(root.children.map((c) => c.localName), ['a', 'a', 'form']);
  assert.deepEqual(plain(link.attributes), [{ name: 'class', value: 'x' }]);
  assert.equal(mail.getAttribute('href'), 'mailto:ola@example.org');
  assert.equal(form.getAttribute('action'), null);
  assert.equal(root.getAttribute('onmouseover'), null);
});

test('absolutize points server paths at the finder and leaves other URLs alone', () => {
  const nav = fakeElement('a', { href: '/embed/groups?page=2', 'data-shf-nav': '' });
  const external = fakeElement('a', { href: 'https://kinn.kommune.no/' });
  const protocolRelative = fakeElement('img', { src: '//cdn.example/x.png' });
  const form = fakeElement('form', { action: '/embed/groups' });
  const root = fakeElement('section', {}, [nav, external, protocolRelative, form]);
  W.absolutize(root, BASE);
  assert.equal(nav.getAttribute('href'), `${BASE}/embed/groups?page=2`);
  assert.equal(external.getAttribute('href'), 'https://kinn.kommune.no/');
  assert.equal(protocolRelative.getAttribute('src'), '//cdn.example/x.png');
  assert.equal(form.getAttribute('action'), `${BASE}/embed/groups`);
});

test('warnIfMissing warns once when no element is on the page, and not otherwise', () => {
  const warn = warnings();
  W.warnIfMissing({ querySelector: () => null }, warn);
  assert.equal(warn.seen.length, 1);
  assert.match(warn.seen[0], /<selvhjelp-groups>/);
  W.warnIfMissing({ querySelector: (s) => (s.includes('selvhjelp-district-office') ? {} : null) }, warn);
  assert.equal(warn.seen.length, 1);
});

test('in a page without any element, the script defines the four elements and only warns', () => {
  const defined = new Map();
  const warned = [];
  class HTMLElement {}
  load({
    __SHF_TEST__: false,
    HTMLElement,
    customElements: { get: (n) => defined.get(n), define: (n, c) => defined.set(n, c) },
    document: {
      readyState: 'complete',
      currentScript: { src: `${BASE}/widget.js` },
      querySelector: () => null,
      documentElement: { lang: 'nb' },
    },
    location: { origin: 'https://host.example' },
    console: { warn: (...a) => warned.push(a.join(' ')), log() {}, error() {} },
  });
  assert.deepEqual([...defined.keys()],
    ['selvhjelp-groups', 'selvhjelp-group-list', 'selvhjelp-contact-points', 'selvhjelp-district-office']);
  assert.equal(warned.length, 1);
  assert.match(warned[0], /^selvhjelp widget: none of <selvhjelp-groups>/);
  const observed = [...defined.get('selvhjelp-groups').observedAttributes];
  assert.deepEqual(observed, ['q', 'kommune', 'fylke', 'theme', 'language', 'format', 'status', 'postnummer',
    'near', 'radius-km', 'radiuskm', 'sort', 'page', 'size', 'lang', 'course-by', 'courseby',
    'after-course', 'aftercourse',
    'lock-q', 'lock-kommune', 'lock-fylke', 'lock-theme', 'lock-language', 'lock-format', 'lock-status',
    'lock-postnummer', 'lock-near', 'lock-radius-km', 'lock-radiuskm', 'lock-sort', 'lock-page', 'lock-size',
    'lock-lang', 'lock-course-by', 'lock-courseby', 'lock-after-course', 'lock-aftercourse', 'base-url']);
});

test('loading the script twice does not define the elements twice', () => {
  const defined = new Map();
  let defines = 0;
  const globals = {
    HTMLElement: class {},
    customElements: { get: (n) => defined.get(n), define: (n, c) => { defines += 1; defined.set(n, c); } },
    document: { readyState: 'complete', currentScript: null, querySelector: () => ({}) },
    location: { origin: BASE },
  };
  const context = load(globals);
  vm.runInContext(source, context);
  assert.equal(defines, 4);
});

test('while the page is still loading, the missing-element check waits for the load event', () => {
  const warned = [];
  const listeners = {};
  const page = { elements: null };
  load({
    __SHF_TEST__: false,
    HTMLElement: class {},
    customElements: { get: () => undefined, define() {} },
    document: { readyState: 'interactive', currentScript: null, querySelector: () => page.elements },
    location: { origin: BASE },
    addEventListener: (type, fn) => { listeners[type] = fn; },
    console: { warn: (...a) => warned.push(a.join(' ')) },
  });
  assert.equal(warned.length, 0);
  page.elements = {}; // a later script (e.g. the configurator) added an element before load
  listeners.load();
  assert.equal(warned.length, 0);
});

test('takeCount reads the result count and leaves the announcing to the widget', () => {
  const count = fakeElement('p', { class: 'shf-count', role: 'status', 'aria-live': 'polite' });
  count.textContent = ' 3 grupper funnet ';
  const section = { querySelector: (s) => (s === '.shf-count' ? count : null) };
  assert.equal(W.takeCount(section), '3 grupper funnet');
  assert.equal(count.getAttribute('role'), null);
  assert.equal(count.getAttribute('aria-live'), null);
  assert.equal(W.takeCount({ querySelector: () => null }), '');
});
