// Validate bodies with the TypeScript SDK's own validator, for the cross-language agreement test.
// stdin: [[group, operationId, body], ...] (group null: a `format: uri` probe of the string body);
// stdout: {"answers": [[problem, ...] or true/false, ...] in the same order, "walks_disagree":
// [index, ...]}: the bodies whose verdict by the evaluator's plain check (isValid, what a valid
// body takes) differs from its error walk's (errors(), what names the problems), at the body's
// schema; there must be none. The validator is bundled straight from the package sources
// (generated/typescript/src) by esbuild.
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
const disagree = [];
for (const [index, [group, operationId, body]] of input.entries()) {
  if (group === null) {
    out.push(isUri(body));
    continue;
  }
  const schemas = await schemasOf(group, SCHEMAS[group]);
  out.push(bodyProblems(schemas, operationId, body));
  const schema = schemas.resolve(`#/bodies/${operationId.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  if (schemas.isValid(schema, body) !== (schemas.errors(schema, body).next().done === true)) disagree.push(index);
}
process.stdout.write(JSON.stringify({ answers: out, walks_disagree: disagree }));
