// The package README's examples, and the JavaScript SDK examples of the API reference, run
// against a local mock of the API (mock_fetch.mjs) from a folder where `@runapi.ai/sdk`
// resolves to the built package, as it does for a user. All of them run in one node process
// (run_examples.mjs), each as its own module, judged as its own process would be.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { transformSync } from 'esbuild';

import { PACKAGE, PROJECT } from './_support.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REFERENCE = join(PROJECT, '..', 'shared', 'seed', '000_64a012ec55b451c0.txt');

const folder = mkdtempSync(join(tmpdir(), 'runapi-examples-'));
mkdirSync(join(folder, 'node_modules', '@runapi.ai'), { recursive: true });
symlinkSync(PACKAGE, join(folder, 'node_modules', '@runapi.ai', 'sdk'), 'dir');

const examples = new Map(); // name -> TypeScript source, in the order they are added
let results = null;

/** Every example as an ES module file of its own, all run in one node process. */
function runAll() {
  const found = {};
  const files = [];
  for (const [name, source] of examples) {
    const file = join(folder, `${name}.mjs`);
    try {
      writeFileSync(file, transformSync(source, { loader: 'ts', format: 'esm', target: 'node18' }).code);
      files.push([name, file]);
    } catch (error) {
      found[name] = { status: 1, stdout: '', stderr: String(error), requests: [] };
    }
  }
  const list = join(folder, 'examples.json');
  const out = join(folder, 'results.json');
  writeFileSync(list, JSON.stringify(files));
  const runner = spawnSync('node', ['--import', join(HERE, 'mock_fetch.mjs'), join(HERE, 'run_examples.mjs'), list, out], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, RUNAPI_API_KEY: 'YOUR_API_TOKEN', RUNAPI_MANAGEMENT_KEY: 'YOUR_MANAGEMENT_KEY', RUNAPI_BASE_URL: '' },
  });
  assert.equal(runner.status, 0, `run_examples.mjs failed:\n${runner.stderr}`);
  return { ...found, ...JSON.parse(readFileSync(out, 'utf8')) };
}

/** One example's stdout and the requests it made. Every example runs on the first call, in one
 * node process (run_examples.mjs says how each is still judged as its own process would be). */
function run(name, source) {
  results ??= runAll();
  const result = results[name];
  assert.equal(result.status, 0, `${name} failed:\n${source}\n${result.stderr}`);
  return { stdout: result.stdout, requests: result.requests };
}

const README = readFileSync(join(PACKAGE, 'README.md'), 'utf8');
const BLOCKS = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the README has examples', () => assert.ok(BLOCKS.length >= 9, `${BLOCKS.length} blocks`));

BLOCKS.forEach((source, index) => {
  examples.set(`readme-${index}`, source);
  test(`README example ${index} runs`, () => {
    const { stdout, requests } = run(`readme-${index}`, source);
    // Each example calls the API or shows a result, or defines a handler.
    assert.ok(stdout.trim() || requests.length > 0 || /export async function/.test(source), source);
  });
});

/** The reference's JavaScript SDK examples: `import X from '...'` or `await client.` blocks. */
function referenceExamples() {
  const lines = readFileSync(REFERENCE, 'utf8').split('\n');
  const starts = /^(import \w+ from ['"][^'"]+['"];|const \w+ = await client\.)/;
  const continues = /^(\s|\}|\)|\]|const |let |await |for await |console\.|process\.|if \(|\/\/|$)/;
  const found = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!starts.test(lines[i])) continue;
    const block = [lines[i]];
    let depth = 0;
    for (let j = i; j < lines.length; j += 1) {
      if (j > i) {
        if (depth === 0 && !continues.test(lines[j])) break;
        block.push(lines[j]);
      }
      for (const char of lines[j]) depth += '({['.includes(char) ? 1 : ')}]'.includes(char) ? -1 : 0;
      i = j;
    }
    while (block.at(-1)?.trim() === '') block.pop();
    found.push(block.join('\n'));
  }
  return found;
}

/** A vendor SDK's client is the matching namespace of this one (README: LLM-compatible calls). */
function onThisSdk(source, vendor) {
  let code = source
    .replace(/^import \w+ from '(@anthropic-ai\/sdk|openai)';\n/m, '')
    .replace(/const client = new (Anthropic|OpenAI)\(\{([\s\S]*?)baseURL: '([^']+)',?\s*\}\);/m, (_m, _name, options, base) => {
      const namespace = base.endsWith('/v1beta/openai') ? 'gemini' : base.endsWith('/v1') ? 'openai' : 'anthropic';
      return `const client = new RunApi({${options}baseURL: 'https://runapi.ai' }).${namespace};`;
    });
  if (!/const client =/.test(code)) code = `const client = new RunApi({ baseURL: 'https://runapi.ai' }).${vendor};\n${code}`;
  return `import RunApi from '@runapi.ai/sdk';\n${code}`;
}

const EXAMPLES = referenceExamples();

test('the reference has JavaScript SDK examples, among them the RunAPI one', () => {
  assert.ok(EXAMPLES.some((e) => e.includes('import RunApi from "@runapi.ai/sdk"')));
  assert.ok(EXAMPLES.length >= 8, `${EXAMPLES.length} examples`);
});

let vendor = 'anthropic';
EXAMPLES.forEach((source, index) => {
  if (/baseURL: 'https:\/\/runapi\.ai\/v1beta\/openai'/.test(source)) vendor = 'gemini';
  else if (/baseURL: 'https:\/\/runapi\.ai\/v1'/.test(source)) vendor = 'openai';
  else if (/@anthropic-ai\/sdk/.test(source)) vendor = 'anthropic';
  const own = source.includes('@runapi.ai/sdk');
  const code = own ? source : onThisSdk(source, vendor);
  const name = own ? 'as written' : `on client.${vendor}`;
  examples.set(`reference-${index}`, code);
  test(`reference example ${index} runs ${name}`, () => {
    const { requests } = run(`reference-${index}`, code);
    assert.ok(requests.length > 0, code);
    if (own) assert.deepEqual(requests, ['POST /api/v1/nano_banana/text_to_image']);
  });
});
