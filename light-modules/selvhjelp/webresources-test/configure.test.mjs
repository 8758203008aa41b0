// Unit tests for configure.js, plus static checks of configure.html.
// Run: node --test light-modules/selvhjelp/webresources-test/
//
// configure.js is a classic script. The tests run it in a fresh vm context with __SHF_TEST__
// set, which makes it publish its pure helpers as SelvhjelpConfigureInternals; without a
// document in that context it stops there. Results crossing the context boundary are compared
// as strings or JSON, never by prototype.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../webresources/configure.js', import.meta.url), 'utf8');
const html = readFileSync(new URL('../webresources/configure.html', import.meta.url), 'utf8');
const css = readFileSync(new URL('../webresources/selvhjelp.css', import.meta.url), 'utf8');
const context = vm.createContext({ __SHF_TEST__: true, URLSearchParams, console });
vm.runInContext(source, context, { filename: 'configure.js' });
const C = context.SelvhjelpConfigureInternals;
const plain = (value) => JSON.parse(JSON.stringify(value));
const ORIGIN = 'https://finner.example';
/** The default colours as selvhjelp.css sets them: the one place they are kept. */
const DEFAULTS = {
  accent: /--shf-default-accent:\s*(#[0-9a-f]{6});/.exec(css)[1],
  accentText: /--shf-default-accent-text:\s*(#[0-9a-f]{6});/.exec(css)[1],
};

const KOMMUNER = [
  { kommunenummer: '4602', name: 'Kinn', fylke: 'Vestland', maalform: 'nn' },
  { kommunenummer: '0301', name: 'Oslo', fylke: 'Oslo', maalform: 'nb' },
  { kommunenummer: '5430', name: 'Kautokeino', nameSami: 'Guovdageaidnu', fylke: 'Finnmark', maalform: 'nb' },
  { kommunenummer: '3021', name: 'Ås', fylke: 'Akershus', maalform: 'nb' },
  { kommunenummer: '1818', name: 'Herøy (Nordland)', fylke: 'Nordland', maalform: 'nb' },
  { kommunenummer: '3201', name: 'Bærum', fylke: 'Akershus', maalform: 'nb' },
];

function state(overrides = {}) {
  return {
    component: 'groups', kommune: '', themes: [], languages: [], formats: [], size: '20', lang: 'nb',
    accent: DEFAULTS.accent, accentText: DEFAULTS.accentText, locks: [], ...overrides,
  };
}

test('normalizeHex accepts 3 and 6 digits with or without # and refuses the rest', () => {
  assert.equal(C.normalizeHex('#ABC'), '#aabbcc');
  assert.equal(C.normalizeHex('00507A'), '#00507a');
  assert.equal(C.normalizeHex(' #fff '), '#ffffff');
  assert.equal(C.normalizeHex('#abcd'), null);
  assert.equal(C.normalizeHex('red'), null);
  assert.equal(C.normalizeHex(null), null);
});

test('parseHex gives the 0-255 channels', () => {
  assert.deepEqual(plain(C.parseHex('#1d5c63')), [29, 92, 99]);
  assert.deepEqual(plain(C.parseHex('#fff')), [255, 255, 255]);
  assert.equal(C.parseHex('#ggg'), null);
});

test('relativeLuminance follows the WCAG formula', () => {
  assert.equal(C.relativeLuminance([0, 0, 0]), 0);
  assert.equal(C.relativeLuminance([255, 255, 255]), 1);
  assert.ok(Math.abs(C.relativeLuminance([255, 0, 0]) - 0.2126) < 1e-9);
  assert.ok(Math.abs(C.relativeLuminance([118, 118, 118]) - 0.1812) < 1e-4);
});

test('contrastRatio gives the known WCAG pairs, in either order', () => {
  assert.equal(C.contrastRatio('#000', '#fff'), 21);
  assert.equal(C.contrastRatio('#fff', '#000'), 21);
  assert.equal(C.contrastRatio('#00507a', '#00507a'), 1);
  assert.ok(Math.abs(C.contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  assert.ok(Math.abs(C.contrastRatio('#777777', '#ffffff') - 4.48) < 0.01);
  assert.ok(Number.isNaN(C.contrastRatio('blue', '#fff')));
});

test('formatRatio truncates in Norwegian notation so 4.499 never reads 4,50', () => {
  assert.equal(C.formatRatio(21), '21,00:1');
  assert.equal(C.formatRatio(4.5449), '4,54:1');
  assert.equal(C.formatRatio(4.4999), '4,49:1');
  assert.equal(C.formatRatio(NaN), '–');
});

test('passesAA needs 4.5:1', () => {
  assert.equal(C.passesAA('#ffffff', '#00507a'), true);
  assert.equal(C.passesAA('#ffffff', '#767676'), true);
  assert.equal(C.passesAA('#ffffff', '#777777'), false);
  assert.equal(C.passesAA('#ffff00', '#ffffff'), false);
  assert.equal(C.passesAA('#fff', 'nonsense'), false);
});

test('the default colours (selvhjelp.css) pass AA', () => {
  assert.ok(C.passesAA(DEFAULTS.accentText, DEFAULTS.accent), `${DEFAULTS.accentText} on ${DEFAULTS.accent}`);
});

test('the default colours are set once, in selvhjelp.css, and read everywhere else', () => {
  for (const file of ['selvhjelp.css', 'widget.css', 'configure.js', 'configure.html', 'widget.js']) {
    const text = readFileSync(new URL(`../webresources/${file}`, import.meta.url), 'utf8')
      .replace(/--shf-default-accent(-text)?:\s*#[0-9a-f]{6};/g, '');
    assert.doesNotMatch(text, new RegExp(DEFAULTS.accent, 'i'), file);
    assert.doesNotMatch(text, /var\(--shf-accent(-text)?,\s*#/, `${file} has a fallback colour of its own`);
  }
  assert.doesNotMatch(html, /<input type="color"[^>]*value=/);
  assert.match(html, /href="\/\.resources\/selvhjelp\/webresources\/selvhjelp\.css"/);
});

test('defaultColours reads both custom properties from a computed style', () => {
  const style = { getPropertyValue: (n) => ({ '--shf-default-accent': ' #00507A', '--shf-default-accent-text': '#fff' })[n] };
  assert.deepEqual(plain(C.defaultColours(style)), { accent: '#00507a', accentText: '#ffffff' });
});

test('customColours is null for the defaults, however written, and the editor\'s colours otherwise', () => {
  assert.equal(C.customColours({ accent: DEFAULTS.accent.toUpperCase(), accentText: '#fff' }, DEFAULTS), null);
  assert.deepEqual(plain(C.customColours({ accent: '#ABC', accentText: '#fff' }, DEFAULTS)),
    { accent: '#aabbcc', accentText: '#ffffff' });
  assert.equal(C.customColours({ accent: 'nonsense', accentText: '#fff' }, DEFAULTS), null);
});

test('kommuneLabel shows the Sami name where there is one, and the number', () => {
  assert.equal(C.kommuneLabel(KOMMUNER[0]), 'Kinn – 4602');
  assert.equal(C.kommuneLabel(KOMMUNER[2]), 'Kautokeino / Guovdageaidnu – 5430');
  assert.equal(C.kommuneLabel(KOMMUNER[4]), 'Herøy (Nordland) – 1818');
});

test('foldText lowercases and drops combining marks but keeps æ and ø', () => {
  assert.equal(C.foldText('Guovdageaidnu Á'), 'guovdageaidnu a');
  assert.equal(C.foldText('Bærum Herøy'), 'bærum herøy');
});

test('filterKommuner matches names, Sami names and leading digits', () => {
  const names = (q) => plain(C.filterKommuner(KOMMUNER, q)).map((k) => k.name);
  assert.deepEqual(names('kin'), ['Kinn']);
  assert.deepEqual(names('GUOVDA'), ['Kautokeino']);
  assert.deepEqual(names('46'), ['Kinn']);
  assert.deepEqual(names('  bæ '), ['Bærum']);
  assert.deepEqual(names('nordland'), ['Herøy (Nordland)']);
  assert.equal(names('').length, KOMMUNER.length);
  assert.deepEqual(names('zzz'), []);
});

test('sortKommuner sorts in Norwegian order with Å last and leaves the input alone', () => {
  const sorted = plain(C.sortKommuner(KOMMUNER)).map((k) => k.name);
  assert.deepEqual(sorted, ['Bærum', 'Herøy (Nordland)', 'Kautokeino', 'Kinn', 'Oslo', 'Ås']);
  assert.equal(KOMMUNER[0].name, 'Kinn');
});

test('matchCount says how many kommuner match, in Bokmål', () => {
  assert.match(C.matchCount(0), /^Ingen kommuner passer/);
  assert.equal(C.matchCount(1), '1 kommune passer.');
  assert.equal(C.matchCount(12), '12 kommuner passer.');
});

test('widgetAttributes lists the chosen filters and leaves out defaults', () => {
  const attrs = C.widgetAttributes(state({ kommune: '4602', themes: ['sorg', 'angst'], formats: ['hybrid'], lang: 'nn' }));
  assert.deepEqual(plain(attrs), [['kommune', '4602'], ['theme', 'sorg angst'], ['format', 'hybrid'], ['lang', 'nn']]);
  assert.deepEqual(plain(C.widgetAttributes(state({ size: '10', languages: ['ar'] }))),
    [['language', 'ar'], ['size', '10'], ['lang', 'nb']]);
});

test('widgetAttributes locks only what the finder offers and the editor chose a value for', () => {
  const s = state({ kommune: '4602', themes: ['sorg'], locks: ['kommune', 'theme', 'format'] });
  assert.deepEqual(plain(C.widgetAttributes(s)),
    [['kommune', '4602'], ['theme', 'sorg'], ['lock-kommune', ''], ['lock-theme', ''], ['lang', 'nb']]);
  const list = state({ component: 'group-list', kommune: '4602', locks: ['kommune'] });
  assert.deepEqual(plain(C.widgetAttributes(list)), [['kommune', '4602'], ['lang', 'nb']]);
});

test('elementSnippet writes a lock as a bare attribute, and the iframe leaves it out', () => {
  const s = state({ kommune: '4602', locks: ['kommune'] });
  assert.match(C.elementSnippet(s, ORIGIN, DEFAULTS), /<selvhjelp-groups kommune="4602" lock-kommune lang="nb">/);
  assert.equal(C.embedQuery(s).toString(), 'kommune=4602&lang=nb');
});

test('widgetAttributes gives contact points and district offices only kommune and lang', () => {
  const s = state({ component: 'contact-points', kommune: '4602', themes: ['sorg'], size: '50' });
  assert.deepEqual(plain(C.widgetAttributes(s)), [['kommune', '4602'], ['lang', 'nb']]);
});

test('embedQuery repeats list parameters (repeated = OR)', () => {
  const q = C.embedQuery(state({ kommune: '4602', themes: ['sorg', 'angst'], lang: 'nn' }));
  assert.equal(q.toString(), 'kommune=4602&theme=sorg&theme=angst&lang=nn');
});

test('escapeHtml escapes what matters in attributes and text', () => {
  assert.equal(C.escapeHtml('a&b "c" <d>'), 'a&amp;b &quot;c&quot; &lt;d&gt;');
});

test('elementSnippet is the script, the element and the custom properties', () => {
  const snippet = C.elementSnippet(state({ kommune: '4602', themes: ['sorg', 'angst'], lang: 'nn', accent: '#ABC' }), ORIGIN, DEFAULTS);
  assert.equal(snippet, [
    `<script src="${ORIGIN}/widget.js" defer></script>`,
    '<selvhjelp-groups kommune="4602" theme="sorg angst" lang="nn">'
      + `<a href="${ORIGIN}/embed/groups?kommune=4602&amp;theme=sorg&amp;theme=angst&amp;lang=nn">`
      + 'Finn ei sjølvhjelpsgruppe</a></selvhjelp-groups>',
    '<style>',
    '  selvhjelp-groups {',
    '    --shf-accent: #aabbcc;',
    '    --shf-accent-text: #ffffff;',
    '  }',
    '</style>',
  ].join('\n'));
});

test('elementSnippet uses the tag of each component', () => {
  for (const [component, { tag }] of Object.entries(C.COMPONENTS)) {
    const snippet = C.elementSnippet(state({ component, kommune: '4602' }), ORIGIN, DEFAULTS);
    assert.match(snippet, new RegExp(`^<${tag} kommune="4602" lang="nb"><a href="[^"]+">[^<]+</a></${tag}>$`, 'm'));
  }
});

test('elementSnippet with the default colours has no style block (fits a strict CSP)', () => {
  const snippet = C.elementSnippet(state({ kommune: '4602', lang: 'nn', accent: DEFAULTS.accent.toUpperCase(), accentText: '#fff' }), ORIGIN, DEFAULTS);
  assert.doesNotMatch(snippet, /<style|style=/);
  assert.match(snippet, /<a href="https:\/\/finner\.example\/embed\/groups\?kommune=4602&amp;lang=nn">Finn ei sjølvhjelpsgruppe<\/a>/);
});

test('iframeSnippet points at the full page with escaped parameters and a title', () => {
  const iframe = C.iframeSnippet(state({ kommune: '4602', themes: ['sorg'], lang: 'nn' }), ORIGIN);
  assert.equal(iframe, `<iframe src="${ORIGIN}/embed/groups?kommune=4602&amp;theme=sorg&amp;lang=nn" `
    + 'title="Finn ei sjølvhjelpsgruppe" width="100%" height="900" loading="lazy"></iframe>');
  assert.match(C.iframeSnippet(state({ component: 'district-office', kommune: '4602' }), ORIGIN),
    /src="https:\/\/finner\.example\/embed\/district-office\?kommune=4602&amp;lang=nb" title="Distriktskontor/);
});

test('configure.html is Bokmål and has no inline script, style or handler (strict CSP)', () => {
  assert.match(html, /<html lang="nb">/);
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style/);
  assert.doesNotMatch(html, /\sstyle=/);
  assert.doesNotMatch(html, /\son[a-z]+=/);
  assert.doesNotMatch(html, /javascript:/);
});

test('every form control in configure.html has a label', () => {
  const ids = [...html.matchAll(/<(input|select|textarea)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[2]);
  assert.ok(ids.length >= 10);
  for (const id of ids) assert.match(html, new RegExp(`<label[^>]*\\sfor="${id}"`), `a label for #${id}`);
  const unlabelled = [...html.matchAll(/<(input|select|textarea)\b(?![^>]*\sid=)[^>]*>/g)];
  assert.deepEqual(unlabelled.map((m) => m[0]), []);
});

test('configure.html announces contrast problems and copy results', () => {
  assert.match(html, /id="contrast-warning"[^>]*role="alert"/);
  assert.match(html, /id="snippet"[^>]*readonly/);
  assert.match(html, /id="iframe-snippet"[^>]*readonly/);
  assert.match(html, /id="snippet-status"[^>]*aria-live="polite"/);
  assert.match(html, /id="preview"/);
});

test('configure.js uses nothing a strict CSP or the privacy promise forbids', () => {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const banned of [/\beval\s*\(/, /new\s+Function/, /localStorage/, /sessionStorage/, /document\.cookie/,
    /innerHTML/, /insertAdjacentHTML/, /document\.write/, /\.on[a-z]+\s*=[^=]/, /setAttribute\(\s*['"]style['"]/]) {
    assert.doesNotMatch(code, banned);
  }
});

test('every component is titled in every page language, so the iframe and the no-script link are too', () => {
  const pageLanguages = ['nb', 'nn', 'se', 'en', 'ar', 'so', 'ti', 'fa', 'uk', 'pl'];
  for (const [name, component] of Object.entries(plain(C.COMPONENTS))) {
    assert.deepEqual(Object.keys(component.title).sort(), [...pageLanguages].sort(), name);
  }
  const arabic = state({ kommune: '4602', lang: 'ar' });
  assert.match(C.iframeSnippet(arabic, ORIGIN), /title="ابحث عن مجموعة مساعدة ذاتية"/);
  assert.match(C.elementSnippet(arabic, ORIGIN, DEFAULTS), />ابحث عن مجموعة مساعدة ذاتية</);
});
