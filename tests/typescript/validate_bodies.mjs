// Validate bodies with the TypeScript SDK's own validator, for the cross-language agreement test.
// stdin: [[group, operationId, body], ...]; stdout: [[problem, ...], ...] in the same order.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
const { bodyProblems, schemasOf } = await import(pathToFileURL(`${dist}/core/validation.js`).href);
const { SCHEMAS } = await import(pathToFileURL(`${dist}/schemas/index.js`).href);
const { isUri } = await import(pathToFileURL(`${dist}/core/uri.js`).href);

const input = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const [group, operationId, body] of input) {
  if (group === null) {
    out.push(isUri(body)); // a `format: uri` probe
    continue;
  }
  const schemas = await schemasOf(group, SCHEMAS[group]);
  out.push(bodyProblems(schemas, operationId, body));
}
process.stdout.write(JSON.stringify(out));
