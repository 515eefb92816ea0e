/**
 * Client-side request validation: every rule of the spec, checked before a byte is sent.
 *
 * The rules are data generated from the spec (`schemas/<group>.js`, loaded the first time a
 * body of that group is checked): each operation's body schema (JSON Schema 2020-12, the one
 * downstream tools read) and the `x-runapi-rules` it carries. This module picks the variant the
 * body selects (by `model`, `input_mode`, ...) so each problem is said in plain words, word for
 * word as the Python SDK says it: "aspect_ratio is required when model is seedance-1.5-pro".
 */

import { ValidationError } from './errors.js';
import { nonFiniteProblem } from './finite.js';
import { Evaluator, has, isObject, type JsonObject, type Schema, type SchemaError } from './jsonschema.js';
import { pyRepr, pyStr } from './reprs.js';
import { EXTENSION, evaluate, type Rule } from './xrules.js';

/** A group's shipped schemas: `bodies` by operationId, and the components they refer to. */
export type SchemaDocument = JsonObject;
export type SchemaLoader = () => Promise<SchemaDocument>;

interface Variant {
  schema: JsonObject;
  pointer: string;
  selectors: Array<[string, unknown]>; // the discriminator values that chose it
  rules: Rule[]; // x-runapi-rules met on the way to the variant
}

const loaded = new Map<string, Promise<Evaluator>>();
/** The evaluators already loaded, for checks that need not wait. */
const ready = new Map<string, Evaluator>();

/** The evaluator of one group's schemas, loaded on first use and kept. */
export function schemasOf(group: string, load: SchemaLoader): Promise<Evaluator> {
  let found = loaded.get(group);
  if (found === undefined) {
    found = load().then((document) => {
      const evaluator = new Evaluator(document);
      ready.set(group, evaluator);
      return evaluator;
    });
    // A failed load (a bundler that dropped the chunk) may be retried by the next call.
    found.catch(() => loaded.delete(group));
    loaded.set(group, found);
  }
  return found;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function follow(schemas: Evaluator, pointer: string): [string, JsonObject] {
  let schema = schemas.resolve(`#${pointer}`);
  for (let i = 0; i < 32 && isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith('#'); i += 1) {
    pointer = schema.$ref.slice(1);
    schema = schemas.resolve(schema.$ref);
  }
  return [pointer, isObject(schema) ? (schema as JsonObject) : {}];
}

function describe(selectors: Array<[string, unknown]>): string {
  if (selectors.length === 0) return '';
  return 'when ' + selectors.map(([name, value]) => `${name} is ${pyStr(value)}`).join(' and ');
}

/** A discriminator value as an OpenAPI mapping writes it (mapping keys are strings). */
function mappingKey(value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return pyRepr(value);
  return undefined;
}

function pins(schema: JsonObject): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [name, prop] of Object.entries(properties)) {
    if (isObject(prop) && has(prop, 'const')) found[name] = prop.const;
  }
  return found;
}

function sameValue(a: unknown, b: unknown): boolean {
  // Python's `in` on a list compares with ==: 1 == 1.0 == True.
  if ((typeof a === 'number' || typeof a === 'boolean') && (typeof b === 'number' || typeof b === 'boolean')) {
    return Number(a) === Number(b);
  }
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function closest(schemas: Evaluator, pointer: string, count: number, body: unknown): number {
  let best = 0;
  let bestCost: [number, number] | undefined;
  for (let index = 0; index < count; index += 1) {
    const [, branch] = follow(schemas, `${pointer}/oneOf/${index}`);
    const pinned = pins(branch);
    const mismatched = Object.entries(pinned).filter(
      ([k, v]) => isObject(body) && has(body, k) && !sameValue(body[k], v),
    ).length;
    const errors = [...schemas.errors(schemas.resolve(`#${pointer}/oneOf/${index}`), body)].length;
    if (bestCost === undefined || mismatched < bestCost[0] || (mismatched === bestCost[0] && errors < bestCost[1])) {
      best = index;
      bestCost = [mismatched, errors];
    }
  }
  return best;
}

/** Walk discriminators (and pinned `oneOf` branches) down to the variant `body` selects. */
function select(schemas: Evaluator, start: string, body: unknown, problems: string[]): Variant | undefined {
  const selectors: Array<[string, unknown]> = [];
  const rules: Rule[] = [];
  let pointer = start;
  for (let step = 0; step < 16; step += 1) {
    const [here, schema] = follow(schemas, pointer);
    pointer = here;
    rules.push(...((schema[EXTENSION] as unknown as Rule[] | undefined) ?? []));
    const disc = schema.discriminator;
    const branches = Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
    if (isObject(disc) && branches && branches.length > 0) {
      const name = String(disc.propertyName);
      const mapping = (isObject(disc.mapping) ? disc.mapping : {}) as Record<string, string>;
      const value = isObject(body) && has(body, name) ? body[name] : undefined;
      const key = mappingKey(value);
      if (key === undefined || !has(mapping, key)) {
        const allowed = Object.keys(mapping).join(', ');
        const where = describe(selectors);
        if (value === undefined || value === null) {
          problems.push(`${name} is required ${where}`.trim() + ` (one of: ${allowed})`);
        } else {
          problems.push(`${name} must be one of: ${allowed} ${where}`.trimEnd() + ` (got ${pyRepr(value)})`);
        }
        return undefined;
      }
      selectors.push([name, value]);
      pointer = String(mapping[key]).slice(1);
      continue;
    }
    if (branches && branches.length > 0) {
      const count = branches.length;
      const branchPins = Array.from({ length: count }, (_, i) => pins(follow(schemas, `${pointer}/oneOf/${i}`)[1]));
      const known = new Set(selectors.map(([k]) => k));
      const common = Object.keys(branchPins[0] ?? {})
        .filter((k) => branchPins.every((p) => has(p, k)) && !known.has(k))
        .sort();
      for (const key of common) {
        const values = branchPins.map((p) => p[key]);
        if (isObject(body) && has(body, key) && !values.some((v) => sameValue(v, body[key]))) {
          const allowed = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()].map(pyStr).join(', ');
          const where = describe(selectors);
          problems.push(`${key} must be one of: ${allowed} ${where}`.trimEnd() + ` (got ${pyRepr(body[key])})`);
          return undefined;
        }
      }
      const matching = branchPins
        .map((_, i) => i)
        .filter((i) => schemas.isValid(schemas.resolve(`#${pointer}/oneOf/${i}`), body));
      // With no (or several) matching branches, report against the closest branch.
      const index = matching.length > 0 ? (matching[0] as number) : closest(schemas, pointer, count, body);
      for (const key of common) {
        if (isObject(body) && has(body, key)) selectors.push([key, branchPins[index]?.[key]]);
      }
      pointer = `${pointer}/oneOf/${index}`;
      continue;
    }
    return { schema, pointer, selectors, rules };
  }
  return undefined;
}

/** How a `format` the spec uses reads in a problem. */
const FORMATS: Record<string, string> = {
  uri: 'an absolute URI such as https://example.com/file.png',
  'date-time': 'an RFC 3339 date-time',
};

const LIMITS: Record<string, string> = {
  minLength: 'at least {} characters long',
  maxLength: 'at most {} characters long',
  minimum: 'at least {}',
  maximum: 'at most {}',
  exclusiveMinimum: 'greater than {}',
  exclusiveMaximum: 'less than {}',
  minItems: 'a list of at least {} items',
  maxItems: 'a list of at most {} items',
  pattern: 'a string matching {}',
};

/** One schema error in plain words, with the variant's context ("when model is seedance-1.5-pro"). */
function phrase(error: SchemaError, variant: Variant, selected: string): string {
  const context = selected ? ` ${selected}` : '';
  const [first, second] = error.schemaPath;
  if (first === 'allOf' && typeof second === 'number') {
    const entries = Array.isArray(variant.schema.allOf) ? variant.schema.allOf : [];
    const entry = entries[second];
    if (isObject(entry) && has(entry, 'description')) return pyStr(entry.description);
  }
  const field = error.path.map(String).join('.');
  const where = field || 'body';
  switch (error.keyword) {
    case 'required': {
      const missing = error.message.includes("'") ? (error.message.split("'")[1] ?? '') : error.message;
      return `${field ? `${field}.${missing}` : missing} is required${context}`;
    }
    case 'additionalProperties': {
      const declared = isObject(error.schema.properties) ? error.schema.properties : {};
      const given = isObject(error.instance) ? error.instance : {};
      const extras = Object.keys(given).filter((k) => !has(declared, k)).sort();
      const names = extras.map((e) => (field ? `${field}.${e}` : e)).join(', ');
      return `${names} ${extras.length === 1 ? 'is' : 'are'} not accepted${context}`;
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (error.value as unknown[]) : [error.value];
      return `${where} must be one of: ${allowed.map(pyStr).join(', ')}${context} (got ${pyRepr(error.instance)})`;
    }
    case 'type':
      return `${where} must be of type ${pyStr(error.value)}${context} (got ${pyRepr(error.instance)})`;
    case 'format': {
      const kind = FORMATS[String(error.value)] ?? `a valid ${pyStr(error.value)}`;
      return `${where} must be ${kind}${context} (got ${pyRepr(error.instance)})`;
    }
    default:
      break;
  }
  const limit = LIMITS[error.keyword];
  if (limit !== undefined) return `${where} must be ${limit.replace('{}', pyStr(error.value))}${context}`;
  return `${where}: ${error.message}${context}`;
}

function comparePaths(a: Array<string | number>, b: Array<string | number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Each operation's body schema pointer, escaped once. */
const starts = new Map<string, string>();

/** Every rule `body` breaks, in plain words; empty when the API would accept it. */
export function bodyProblems(schemas: Evaluator, operationId: string, body: unknown): string[] {
  const problems: string[] = [];
  let start = starts.get(operationId);
  if (start === undefined) starts.set(operationId, (start = `/bodies/${escape(operationId)}`));
  const variant = select(schemas, start, body, problems);
  if (variant === undefined) return problems;
  const schema = schemas.resolve(`#${variant.pointer}`);
  // A valid body (the common case) is walked once, by the plain check; only an invalid one by
  // the error walk that names each problem.
  const errors = schemas.isValid(schema, body) ? [] : [...schemas.errors(schema, body)];
  // A stable sort by schema path, as the Python SDK sorts.
  errors.sort((a, b) => comparePaths(a.schemaPath, b.schemaPath));
  const seen = new Set<string>();
  const selected = errors.length > 0 ? describe(variant.selectors) : '';
  for (const error of errors) {
    const text = phrase(error, variant, selected);
    if (!seen.has(text)) {
      seen.add(text);
      problems.push(text);
    }
  }
  const own = (variant.schema[EXTENSION] as unknown as Rule[] | undefined) ?? [];
  const rules = [...new Set([...variant.rules, ...own])];
  for (const violation of evaluate(rules, body)) problems.push(`${violation.description} (${violation.detail})`);
  return problems;
}

/** Fields set to `undefined` are left out, as JSON.stringify leaves them out when sending. */
export function withoutUndefined(body: unknown): unknown {
  if (!isObject(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/**
 * Throw ValidationError naming each broken rule. Once the group's schemas are loaded the verdict
 * comes at once (nothing returned: the body is valid); before, the promise of it.
 */
export function checkBody(group: string, load: SchemaLoader, operationId: string, body: unknown): Promise<void> | undefined {
  const unsendable = nonFiniteProblem(body);
  // Before the schema: NaN compares false with every limit, and JSON.stringify would send null.
  if (unsendable !== undefined) throw new ValidationError(operationId, [unsendable]);
  const schemas = ready.get(group);
  if (schemas !== undefined) return refuse(schemas, operationId, body);
  return schemasOf(group, load).then((found) => refuse(found, operationId, body));
}

function refuse(schemas: Evaluator, operationId: string, body: unknown): undefined {
  const problems = bodyProblems(schemas, operationId, withoutUndefined(body));
  if (problems.length > 0) throw new ValidationError(operationId, problems);
  return undefined;
}

export type { Schema };
