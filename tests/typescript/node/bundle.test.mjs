// The core bundle leaves out what only validation needs: dist/index.js and the chunks it imports
// statically hold none of the validator (the JSON Schema evaluator, the RFC 3986 rule, the
// x-runapi-rules evaluator, the messages); it is a chunk of its own, loaded with the first body
// checked, as each group's schemas are.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Not through _support.mjs: this file needs none of the spec it parses on import.
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../generated/typescript/dist');
const dist = (path) => import(pathToFileURL(join(DIST, path)).href);
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.[^"']+)["']\s*\)/g;

/** A module and every module it imports statically, by path inside dist/. */
function staticClosure(entry) {
  const found = new Map();
  const visit = (path) => {
    if (found.has(path)) return;
    const text = readFileSync(join(DIST, path), 'utf8');
    found.set(path, text);
    for (const [, target] of text.matchAll(STATIC_IMPORT)) visit(join(dirname(path), target));
  };
  visit(entry);
  return found;
}

// Words only the validator's modules say (jsonschema.ts, uri.ts, xrules.ts, validation.ts).
const VALIDATOR_MARKS = [
  'is not valid under any of the given schemas',
  '(?:[a-zA-Z0-9_.~\\\\-!$&',
  'x-runapi-rules',
  'an absolute URI such as',
];

test('the core bundle holds none of the validator; it loads as a chunk of its own', () => {
  const core = staticClosure('index.js');
  assert.ok(core.size > 1, 'index.js imports shared chunks');
  for (const [path, text] of core) {
    for (const mark of VALIDATOR_MARKS) assert.ok(!text.includes(mark), `${path} holds validator code (${mark})`);
  }
  const lazy = [...core.values()].flatMap((text) => [...text.matchAll(DYNAMIC_IMPORT)].map(([, target]) => target));
  const validator = lazy.filter((target) => /\/validation-[^/]*\.js$/.test(target));
  assert.equal(validator.length, 1, `one validator chunk, loaded on demand: ${lazy.join(', ')}`);
  const loaded = [...staticClosure(join('.', validator[0])).values()].join('\n');
  for (const mark of VALIDATOR_MARKS) assert.ok(loaded.includes(mark), `the validator chunk lacks ${mark}`);
});

test('a body is still checked (and refused) through the chunk loaded on demand', async () => {
  const { RunApi, ValidationError, validateRequest } = await dist('index.js');
  const videos = new RunApi({ apiKey: 'k', fetch: () => assert.fail('nothing is sent') }).seedance.textToVideo;
  await videos.validate({ model: 'seedance-2.0', prompt: 'a lake at dawn' });
  const refused = await videos.create({ model: 'seedance-2.0' }).catch((error) => error);
  assert.ok(refused instanceof ValidationError, String(refused));
  await assert.rejects(validateRequest('POST', '/api/v1/seedance/text_to_video', { prompt: 1 }), ValidationError);
});
