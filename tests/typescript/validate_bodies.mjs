// Validate bodies with the TypeScript SDK's own validator, for the cross-language agreement test.
// stdin: [[group, operationId, body], ...] (group null: a `format: uri` probe of the string body);
// stdout: [[problem, ...] or true/false, ...] in the same order. The validator is bundled
// straight from the package sources (generated/typescript/src) by esbuild.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const src = process.argv[2];
const bundled = await build({
  stdin: {
    contents: [
      "export { bodyProblems, schemasOf } from './core/validation.ts';",
      "export { SCHEMAS } from './schemas/index.ts';",
      "export { isUri } from './core/uri.ts';",
    ].join('\n'),
    resolveDir: src,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const file = join(mkdtempSync(join(tmpdir(), 'runapi-validator-')), 'validator.mjs');
writeFileSync(file, bundled.outputFiles[0].contents);
const { bodyProblems, schemasOf, SCHEMAS, isUri } = await import(pathToFileURL(file).href);

const input = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const [group, operationId, body] of input) {
  if (group === null) {
    out.push(isUri(body));
    continue;
  }
  const schemas = await schemasOf(group, SCHEMAS[group]);
  out.push(bodyProblems(schemas, operationId, body));
}
process.stdout.write(JSON.stringify(out));
