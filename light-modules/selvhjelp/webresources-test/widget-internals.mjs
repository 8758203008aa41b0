// Loads widget.js in a fresh vm context with __SHF_TEST__ set and hands back its pure helpers
// (SelvhjelpWidgetInternals), for the test files that each cover one helper of the widget.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../webresources/widget.js', import.meta.url), 'utf8');
const context = vm.createContext({ __SHF_TEST__: true, URL, URLSearchParams, console });
vm.runInContext(source, context, { filename: 'widget.js' });

export const W = context.SelvhjelpWidgetInternals;
export const BASE = 'https://finner.example';
/** Values from the vm context, compared as JSON (never by prototype). */
export const plain = (value) => JSON.parse(JSON.stringify(value));
