/**
 * The `x-runapi-rules` extension (spec/README.md): comparisons between fields and weighted sums
 * (counts, text lengths, values) that JSON Schema cannot state. A port of the generator's
 * reference evaluator (generator/xrules.py): same rules, same verdicts, same words.
 */

import { isObject, jsonEqual } from './jsonschema.js';
import { pyRepr, pyStr } from './reprs.js';

export const EXTENSION = 'x-runapi-rules';

export interface Rule {
  description: string;
  compare?: { each?: string; left: string; op: Operator; right?: string; value?: unknown };
  sum?: { terms: Array<{ path: string; measure: 'count' | 'length' | 'value'; weight?: number }>; min?: number; max?: number };
}

type Operator = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

/** A broken rule: its plain-words description, and what was found. */
export interface Violation {
  description: string;
  detail: string;
}

/** Every value `path` (`a.b[*].c`) reaches in `value`; absent (or null) fields give nothing. */
export function select(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const part of path.split('.')) {
    const many = part.endsWith('[*]');
    const name = many ? part.slice(0, -3) : part;
    const following: unknown[] = [];
    for (const node of current) {
      if (!isObject(node) || node[name] === undefined || node[name] === null) continue;
      const child = node[name];
      if (many) following.push(...(Array.isArray(child) ? child : []));
      else following.push(child);
    }
    current = following;
  }
  return current;
}

function isNumeric(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

function measure(value: unknown, kind: string): number {
  if (kind === 'count') return Array.isArray(value) ? value.length : 1;
  if (kind === 'length') return typeof value === 'string' ? [...value].length : 0;
  return typeof value === 'number' ? value : 0;
}

/** Python's comparison semantics: numbers (and booleans) with numbers, strings with strings,
 * lists element-wise; any other ordering raises TypeError there, which counts as broken. */
function order(left: unknown, right: unknown): number | undefined {
  if (isNumeric(left) && isNumeric(right)) return Number(left) - Number(right);
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
      if (pyEqual(left[i], right[i])) continue;
      return order(left[i], right[i]);
    }
    return left.length - right.length;
  }
  return undefined;
}

function pyEqual(left: unknown, right: unknown): boolean {
  if (isNumeric(left) && isNumeric(right)) return Number(left) === Number(right);
  return jsonEqual(left, right);
}

function holds(op: Operator, left: unknown, right: unknown): boolean {
  if (op === 'eq') return pyEqual(left, right);
  if (op === 'ne') return !pyEqual(left, right);
  const sign = order(left, right);
  if (sign === undefined || Number.isNaN(sign)) return false;
  if (op === 'lt') return sign < 0;
  if (op === 'le') return sign <= 0;
  if (op === 'gt') return sign > 0;
  return sign >= 0;
}

function compare(spec: NonNullable<Rule['compare']>, body: unknown): string | undefined {
  const scopes =
    spec.each !== undefined
      ? select(body, spec.each).flatMap((found) => (Array.isArray(found) ? found : []))
      : [body];
  for (const [index, scope] of scopes.entries()) {
    const lefts = select(scope, spec.left);
    const rights = 'value' in spec ? [spec.value] : select(scope, spec.right ?? '');
    if (lefts.length === 0 || rights.length === 0) continue;
    const [left, right] = [lefts[0], rights[0]];
    if (!holds(spec.op, left, right)) {
      const where = spec.each !== undefined ? `${spec.each}[${index}]: ` : '';
      const other = spec.right ?? pyRepr(spec.value);
      return `${where}${spec.left}=${pyRepr(left)} is not ${spec.op} ${other}=${pyRepr(right)}`;
    }
  }
  return undefined;
}

function sum(spec: NonNullable<Rule['sum']>, body: unknown): string | undefined {
  let total = 0;
  for (const term of spec.terms) {
    const weight = term.weight ?? 1;
    for (const value of select(body, term.path)) total += weight * measure(value, term.measure);
  }
  // Python prints a whole float total as an int, and the limits as the spec wrote them.
  const shown = Number.isInteger(total) ? String(total) : pyRepr(total);
  if (spec.max !== undefined && total > spec.max) return `total is ${shown}, above the maximum ${pyStr(spec.max)}`;
  if (spec.min !== undefined && total < spec.min) return `total is ${shown}, below the minimum ${pyStr(spec.min)}`;
  return undefined;
}

/** Check `body` against a schema's `x-runapi-rules` list; empty means every rule holds. */
export function evaluate(rules: readonly Rule[], body: unknown): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    const detail = rule.compare ? compare(rule.compare, body) : rule.sum ? sum(rule.sum, body) : undefined;
    if (detail !== undefined) violations.push({ description: rule.description, detail });
  }
  return violations;
}
