// Runs examples one after the other in this one process (started by examples.test.mjs with
// mock_fetch.mjs preloaded, as each example once had a process of its own): node's start and the
// package's load are paid once instead of once per example. Each example is still its own ES
// module file, and is judged as its own process would have been:
// - it "exits" when its module has run and nothing it started is still pending (no timer,
//   socket or file request left: what keeps a process alive), so late output is its own;
// - its status is 1 when its module throws, when it calls process.exit with a non-zero code, sets
//   a non-zero process.exitCode, or leaves an unhandled rejection or an uncaught exception
//   behind; 0 otherwise;
// - its stdout is what it wrote (console.log and process.stdout.write), its requests are those
//   the mock saw while it ran.
// argv: a JSON file [[name, file], ...]; writes {name: {status, stdout, stderr, requests}} as
// JSON to the file given as the second argument.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

import { takeRequests } from './mock_fetch.mjs';

class Exit extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

const [listFile, outFile] = process.argv.slice(2);
const examples = JSON.parse(readFileSync(listFile, 'utf8'));
const write = process.stdout.write.bind(process.stdout);
const realExit = process.exit;
// What keeps the event loop alive before any example runs: this process's own stdio (node opens
// each on first use, so both are touched first).
void process.stderr;
const resources = () => {
  const counts = new Map();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
};
const baseline = resources();
let current = null;

const fail = (error) => {
  if (error instanceof Exit) {
    if (error.code !== 0) current.status = 1;
    return;
  }
  current.status = 1;
  current.stderr += `${error?.stack ?? format(error)}\n`;
};
process.on('uncaughtException', (error) => fail(error));
process.on('unhandledRejection', (reason) => fail(reason));

/** Resolves once nothing the example started keeps the event loop alive. */
async function settled() {
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    const pending = [...resources()].filter(([kind, count]) => count > (baseline.get(kind) ?? 0));
    if (pending.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const results = {};
for (const [name, file] of examples) {
  current = { status: 0, stdout: '', stderr: '', requests: [] };
  process.exitCode = undefined;
  process.stdout.write = (chunk, encoding, callback) => {
    current.stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  process.exit = (code = process.exitCode ?? 0) => {
    throw new Exit(Number(code));
  };
  try {
    await import(pathToFileURL(file).href);
    await settled();
  } catch (error) {
    fail(error);
  } finally {
    process.stdout.write = write;
    process.exit = realExit;
  }
  if (process.exitCode !== undefined && Number(process.exitCode) !== 0) current.status = 1;
  process.exitCode = undefined;
  current.requests = takeRequests();
  results[name] = current;
}
writeFileSync(outFile, JSON.stringify(results));
