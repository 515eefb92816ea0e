// The bundled spec and the recorded fixtures (tests/fixtures), parsed on import: for the node
// tests that replay them (a second of a process's time, so _support.mjs does not load it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { PROJECT } from './_support.mjs';

export const SPEC = JSON.parse(readFileSync(join(PROJECT, 'generated', 'openapi.json'), 'utf8'));

function deref(node) {
  while (node && node.$ref) {
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((at, token) => at[token.replace(/~1/g, '/').replace(/~0/g, '~')], SPEC);
  }
  return node;
}

/** operationId -> {method, path, security, query, hasBody}. */
export const OPERATIONS = (() => {
  const found = {};
  for (const [path, item] of Object.entries(SPEC.paths)) {
    const shared = item.parameters ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== 'object' || !op.operationId) continue;
      const parameters = [...shared, ...(op.parameters ?? [])].map(deref);
      const security = (op.security ?? SPEC.security ?? []).flatMap((r) => Object.keys(r));
      found[op.operationId] = {
        method: method.toUpperCase(),
        path,
        security,
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: Boolean(op.requestBody),
      };
    }
  }
  return found;
})();

function fixtureFiles(folder = join(PROJECT, 'tests', 'fixtures')) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  }).sort();
}

export const FIXTURES = fixtureFiles().map((path) => ({ path, ...parse(readFileSync(path, 'utf8')) }));

export const EXCHANGES = FIXTURES.flatMap((f) =>
  (f.exchanges ?? []).map((e) => ({ operationId: f.operation, ...e, id: `${f.operation}[${e.name}]` })),
);
export const CALLBACKS = FIXTURES.flatMap((f) =>
  (f.callbacks ?? []).map((c) => ({ operationId: f.operation, ...c, id: `${f.operation}[${c.name}]` })),
);

