// lockNames and lockedOf: which presets the visitor may change (all but lang, unless locked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { W, plain } from './widget-internals.mjs';

test('lockNames reads lock-<attribute> attributes as the parameters they lock, whatever their value', () => {
  const names = W.lockNames({ kommune: '4602', 'lock-kommune': '', 'lock-theme': 'true', 'lock-radius-km': '', theme: 'sorg' });
  assert.deepEqual(plain([...names]), ['kommune', 'theme', 'radiusKm']);
  assert.deepEqual(plain([...W.lockNames({ kommune: '4602', lock: 'kommune' })]), []);
});

test('lockedOf keeps lang and the locked parameters; every other attribute stays the visitor\'s to change', () => {
  const params = new URLSearchParams('q=sorg&kommune=4602&theme=sorg&theme=angst&format=digital&lang=nn');
  assert.equal(W.lockedOf(params, new Set()).toString(), 'lang=nn');
  assert.equal(W.lockedOf(params, new Set(['theme', 'kommune'])).toString(), 'kommune=4602&theme=sorg&theme=angst&lang=nn');
});

test('with nothing locked, the visitor\'s kommune replaces the starting one in the search', () => {
  const attrs = { kommune: '4602', lang: 'nb' };
  const locked = W.lockedOf(W.toParams(attrs), W.lockNames(attrs));
  const form = [['q', 'angst'], ['kommune', '4601'], ['lang', 'nb']];
  assert.equal(W.withPresets(form, locked).toString(), 'q=angst&kommune=4601&lang=nb');
});

test('a locked kommune holds whatever the visitor sends', () => {
  const attrs = { kommune: '4602', 'lock-kommune': '', lang: 'nb' };
  const locked = W.lockedOf(W.toParams(attrs), W.lockNames(attrs));
  const form = [['q', 'angst'], ['kommune', '4601'], ['lang', 'en']];
  assert.equal(W.withPresets(form, locked).toString(), 'q=angst&kommune=4602&lang=nb');
});
