// The widget's state in the host page's address: statePrefix, groupOf, stateOf, readState,
// stateKey, decodeKey, writeState and viewOf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { W, BASE, plain } from './widget-internals.mjs';

const HOST = 'https://www.kinn.kommune.no/helse/selvhjelp';
const none = new URLSearchParams('lang=nn');

test('statePrefix is shf- for an element without an id and shf-<id>- for one with a plain id', () => {
  assert.equal(W.statePrefix(''), 'shf-');
  assert.equal(W.statePrefix(null), 'shf-');
  assert.equal(W.statePrefix('ungdom'), 'shf-ungdom-');
  assert.equal(W.statePrefix('a b&c'), 'shf-');
});

test('groupOf names the group of a detail URL and nothing else', () => {
  assert.equal(W.groupOf(`${BASE}/embed/groups/sorggruppe-kinn?lang=nn`), 'sorggruppe-kinn');
  assert.equal(W.groupOf(`${BASE}/finner/embed/groups/g-12`), 'g-12');
  assert.equal(W.groupOf(`${BASE}/embed/groups?q=sorg`), null);
  assert.equal(W.groupOf(`${BASE}/embed/groups/%3Cscript%3E`), null);
});

test('stateOf keeps the list\'s parameters but lang and the locked ones, and the open group', () => {
  const locked = new URLSearchParams('kommune=4602&lang=nn');
  const state = W.stateOf(`${BASE}/embed/groups?q=angst&theme=sorg&kommune=4602&page=2&lang=nn`, locked, 'g-1');
  assert.equal(state.list.toString(), 'q=angst&theme=sorg&page=2');
  assert.equal(state.group, 'g-1');
});

test('stateOf keeps an emptied search as q= so that it differs from the starting values', () => {
  assert.equal(W.stateOf(`${BASE}/embed/groups?lang=nn`, none, null).list.toString(), 'q=');
});

test('stateOf leaves out the sort the form always sends when it is the list\'s own order', () => {
  const list = (q) => W.stateOf(`${BASE}/embed/groups?${q}`, none, null).list.toString();
  assert.equal(list('q=angst&kommune=4602&sort=relevance'), 'q=angst&kommune=4602');
  assert.equal(list('q=&sort=relevance'), 'q=');
  assert.equal(list('q=angst&sort=title'), 'q=angst&sort=title');
  // A postnummer without words is listed nearest first: there, best match is the visitor's choice.
  assert.equal(list('q=&postnummer=6900&sort=distance'), 'q=&postnummer=6900');
  assert.equal(list('q=&postnummer=6900&sort=relevance'), 'q=&postnummer=6900&sort=relevance');
  assert.equal(list('q=sorg&postnummer=6900&sort=distance'), 'q=sorg&postnummer=6900&sort=distance');
});

test('readState reads only this element\'s known parameters, and null when there are none', () => {
  const state = W.readState('?page=3&shf-q=angst&shf-kommune=4601&shf-kommune=4602&shf-group=g-1&shf-ung-q=rus&x=1', 'shf-');
  assert.equal(state.list.toString(), 'q=angst&kommune=4601&kommune=4602');
  assert.equal(state.group, 'g-1');
  assert.equal(W.readState('?shf-ung-q=rus', 'shf-ung-').list.toString(), 'q=rus');
  assert.equal(W.readState('?page=3&q=angst', 'shf-'), null);
  assert.equal(W.readState('?shf-group=..%2Fadmin', 'shf-').group, null);
});

test('stateKey tells states apart and is empty for none', () => {
  assert.equal(W.stateKey(null), '');
  const a = W.readState('?shf-q=angst&shf-group=g-1', 'shf-');
  const b = W.readState('?shf-group=g-1&shf-q=angst', 'shf-');
  assert.equal(W.stateKey(a), W.stateKey(b));
  assert.notEqual(W.stateKey(a), W.stateKey(W.readState('?shf-q=angst', 'shf-')));
});

test('decodeKey decodes a query key like the browser, and keeps broken escapes as they are', () => {
  assert.equal(W.decodeKey('shf-q'), 'shf-q');
  assert.equal(W.decodeKey('shf%2Dq'), 'shf-q');
  assert.equal(W.decodeKey('a+b'), 'a b');
  assert.equal(W.decodeKey('%E0%A4%A'), '%E0%A4%A');
});

test('writeState adds the state after the host\'s own query, byte for byte, and keeps the hash', () => {
  const state = { list: new URLSearchParams('q=angst sorg&kommune=4601'), group: 'g-1' };
  const url = W.writeState(`${HOST}?tab=2&søk=a%20b&flag#/kart?x=1`, 'shf-', state);
  assert.equal(url, `${HOST}?tab=2&s%C3%B8k=a%20b&flag&shf-q=angst%20sorg&shf-kommune=4601&shf-group=g-1#/kart?x=1`);
});

test('writeState replaces an old state and leaves another element\'s alone', () => {
  const old = `${HOST}?shf-q=rus&tab=2&shf-ung-q=x&shf-group=g-9`;
  const url = W.writeState(old, 'shf-', { list: new URLSearchParams('q=angst'), group: null });
  assert.equal(url, `${HOST}?tab=2&shf-ung-q=x&shf-q=angst`);
  assert.equal(W.writeState(`${HOST}?shf-q=rus#top`, 'shf-', null), `${HOST}#top`);
  assert.equal(W.writeState(HOST, 'shf-', null), HOST);
});

test('a state written and read again is the same state', () => {
  const state = { list: new URLSearchParams([['q', 'æøå & co=1 +'], ['theme', 'sorg'], ['page', '2']]), group: 'g-1' };
  const again = W.readState(new URL(W.writeState(`${HOST}?a=1`, 'shf-', state)).search, 'shf-');
  assert.equal(W.stateKey(again), W.stateKey(state));
});

test('viewOf rebuilds the list with the locked parameters, and the open group\'s page', () => {
  const locked = new URLSearchParams('kommune=4602&lang=nn');
  const list = W.viewOf({ list: new URLSearchParams('q=angst&kommune=0301&q='), group: null }, BASE, 'groups', locked);
  assert.deepEqual(plain(list), {
    listUrl: `${BASE}/embed/groups?q=angst&kommune=4602&lang=nn`,
    pageUrl: `${BASE}/embed/groups?q=angst&kommune=4602&lang=nn`,
  });
  const detail = W.viewOf({ list: new URLSearchParams('q=angst'), group: 'g-1' }, BASE, 'groups', locked);
  assert.equal(detail.pageUrl, `${BASE}/embed/groups/g-1?lang=nn`);
  assert.equal(detail.listUrl, `${BASE}/embed/groups?q=angst&kommune=4602&lang=nn`);
});
