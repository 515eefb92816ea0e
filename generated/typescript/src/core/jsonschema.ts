/**
 * A JSON Schema 2020-12 evaluator for the request schemas the generator ships, reporting errors
 * the way Python's `jsonschema` does (same keywords, same order, same schema paths), so the
 * TypeScript and Python SDKs refuse the same bodies with the same words.
 *
 * Why not ajv: ajv compiles schemas with `new Function`, which edge runtimes (Cloudflare
 * Workers) and strict CSP pages forbid, and it alone is larger than this SDK's size budget.
 * This module interprets the schema as data instead; `generator/targets/typescript_schemas.py`
 * refuses to ship a schema that uses a keyword or format it does not know.
 */

import { pyRepr } from './reprs.js';
import { isUri } from './uri.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Schema = JsonObject | boolean;

/** One reason an instance is invalid, shaped like `jsonschema.ValidationError`. */
export interface SchemaError {
  keyword: string;
  value: unknown; // the keyword's value in the schema
  instance: unknown;
  schema: JsonObject; // the schema the keyword belongs to
  path: Array<string | number>; // where in the instance
  schemaPath: Array<string | number>; // where in the schema, relative to the validated one
  message: string;
}

/** An error as a keyword reports it; the evaluator fills in what the keyword left out. */
type Found = Pick<SchemaError, 'path' | 'schemaPath' | 'message'> & {
  keyword?: string;
  value?: unknown;
  instance?: unknown;
  schema?: JsonObject;
};
type Keyword = (v: Evaluator, value: Json, instance: unknown, schema: JsonObject) => Iterable<Found>;

/** The formats asserted (as Python's jsonschema with rfc3986-validator does); others pass. */
const FORMATS: Record<string, (value: string) => boolean> = { uri: isUri };

function fail(message: string, extra: Partial<SchemaError> = {}): Found {
  return { path: [], schemaPath: [], message, ...extra };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property (never one inherited from Object.prototype, such as `constructor`). */
export function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}

/** JSON equality as jsonschema's `equal`: booleans are never numbers, 1 equals 1.0. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => has(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function typeMatches(instance: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(instance);
    case 'array':
      return Array.isArray(instance);
    case 'string':
      return typeof instance === 'string';
    case 'number':
      return isNumber(instance);
    case 'integer':
      return isNumber(instance) && Number.isInteger(instance);
    case 'boolean':
      return typeof instance === 'boolean';
    case 'null':
      return instance === null;
    default:
      return false;
  }
}

/** Characters as Python counts them (code points, not UTF-16 units). */
function length(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function lengthMessage(instance: unknown, limit: number, short: boolean): string {
  if (short) return `${pyRepr(instance)} ${limit === 1 ? 'should be non-empty' : 'is too short'}`;
  return `${pyRepr(instance)} ${limit === 0 ? 'is expected to be empty' : 'is too long'}`;
}

/** `pattern` and `patternProperties` regexes, compiled once (they hold no state: no `g` flag). */
const REGEXES = new Map<string, RegExp>();

function regex(pattern: string): RegExp {
  let found = REGEXES.get(pattern);
  if (found === undefined) REGEXES.set(pattern, (found = new RegExp(pattern, 'u')));
  return found;
}

const KEYWORDS: Record<string, Keyword> = {
  *$ref(v, ref, instance) {
    yield* v.descend(instance, v.resolve(String(ref)));
  },
  *properties(v, properties, instance) {
    if (!isObject(instance) || !isObject(properties)) return;
    for (const [name, sub] of Object.entries(properties)) {
      if (has(instance, name)) yield* v.descend(instance[name], sub as Schema, name, name);
    }
  },
  *patternProperties(v, patterns, instance) {
    if (!isObject(instance) || !isObject(patterns)) return;
    for (const [pattern, sub] of Object.entries(patterns)) {
      const compiled = regex(pattern);
      for (const [key, item] of Object.entries(instance)) {
        if (compiled.test(key)) yield* v.descend(item, sub as Schema, key, pattern);
      }
    }
  },
  *additionalProperties(v, additional, instance, schema) {
    if (!isObject(instance)) return;
    const declared = isObject(schema.properties) ? schema.properties : {};
    const patterns = Object.keys(isObject(schema.patternProperties) ? schema.patternProperties : {});
    const extras = Object.keys(instance).filter(
      (key) => !has(declared, key) && !patterns.some((p) => regex(p).test(key)),
    );
    if (isObject(additional)) {
      for (const extra of extras) yield* v.descend(instance[extra], additional, extra);
    } else if (additional === false && extras.length > 0) {
      const sorted = [...extras].sort();
      const verb = sorted.length === 1 ? 'was' : 'were';
      const listed = sorted.map(pyRepr).join(', ');
      yield fail(`Additional properties are not allowed (${listed} ${verb} unexpected)`);
    }
  },
  *required(_v, required, instance) {
    if (!isObject(instance) || !Array.isArray(required)) return;
    for (const name of required) {
      if (!has(instance, String(name))) yield fail(`${pyRepr(name)} is a required property`);
    }
  },
  *dependentRequired(_v, dependencies, instance) {
    if (!isObject(instance) || !isObject(dependencies)) return;
    for (const [name, needed] of Object.entries(dependencies)) {
      if (!has(instance, name) || !Array.isArray(needed)) continue;
      for (const each of needed) {
        if (!has(instance, String(each))) {
          yield fail(`${pyRepr(each)} is a dependency of ${pyRepr(name)}`);
        }
      }
    }
  },
  *dependentSchemas(v, dependencies, instance) {
    if (!isObject(instance) || !isObject(dependencies)) return;
    for (const [name, sub] of Object.entries(dependencies)) {
      if (has(instance, name)) yield* v.descend(instance, sub as Schema, undefined, name);
    }
  },
  *propertyNames(v, names, instance) {
    if (!isObject(instance)) return;
    for (const key of Object.keys(instance)) yield* v.descend(key, names as Schema);
  },
  *minProperties(_v, limit, instance) {
    if (isObject(instance) && Object.keys(instance).length < Number(limit)) {
      const text = limit === 1 ? 'should be non-empty' : 'does not have enough properties';
      yield fail(`${pyRepr(instance)} ${text}`);
    }
  },
  *maxProperties(_v, limit, instance) {
    if (isObject(instance) && Object.keys(instance).length > Number(limit)) {
      const text = limit === 0 ? 'is expected to be empty' : 'has too many properties';
      yield fail(`${pyRepr(instance)} ${text}`);
    }
  },
  *prefixItems(v, items, instance) {
    if (!Array.isArray(instance) || !Array.isArray(items)) return;
    for (let index = 0; index < Math.min(items.length, instance.length); index += 1) {
      yield* v.descend(instance[index], items[index] as Schema, index, index);
    }
  },
  *items(v, items, instance, schema) {
    if (!Array.isArray(instance)) return;
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
    const extra = instance.length - prefix;
    if (extra <= 0) return;
    if (items === false) {
      const rest = extra !== 1 ? instance.slice(prefix) : instance[prefix];
      const noun = prefix !== 1 ? 'items' : 'item';
      yield fail(`Expected at most ${prefix} ${noun} but found ${extra} extra: ${pyRepr(rest)}`);
      return;
    }
    for (let index = prefix; index < instance.length; index += 1) {
      yield* v.descend(instance[index], items as Schema, index);
    }
  },
  *contains(v, contains, instance, schema) {
    if (!Array.isArray(instance)) return;
    const atLeast = isNumber(schema.minContains) ? schema.minContains : 1;
    const atMost = isNumber(schema.maxContains) ? schema.maxContains : instance.length;
    let matches = 0;
    for (const item of instance) {
      if (v.isValid(contains as Schema, item)) {
        matches += 1;
        if (matches > atMost) {
          yield fail(`Too many items match the given schema (expected at most ${atMost})`, {
            keyword: 'maxContains',
            value: atMost,
          });
          return;
        }
      }
    }
    if (matches < atLeast) {
      if (matches === 0) {
        yield fail(`${pyRepr(instance)} does not contain items matching the given schema`);
      } else {
        yield fail(
          `Too few items match the given schema (expected at least ${atLeast} but only ${matches} matched)`,
          { keyword: 'minContains', value: atLeast },
        );
      }
    }
  },
  *minItems(_v, limit, instance) {
    if (Array.isArray(instance) && instance.length < Number(limit)) {
      yield fail(lengthMessage(instance, Number(limit), true));
    }
  },
  *maxItems(_v, limit, instance) {
    if (Array.isArray(instance) && instance.length > Number(limit)) {
      yield fail(lengthMessage(instance, Number(limit), false));
    }
  },
  *uniqueItems(_v, unique, instance) {
    if (unique !== true || !Array.isArray(instance)) return;
    const repeated = instance.some((item, i) => instance.slice(i + 1).some((o) => jsonEqual(item, o)));
    if (repeated) yield fail(`${pyRepr(instance)} has non-unique elements`);
  },
  *const(_v, expected, instance) {
    if (!jsonEqual(instance, expected)) yield fail(`${pyRepr(expected)} was expected`);
  },
  *enum(_v, values, instance) {
    if (Array.isArray(values) && !values.some((each) => jsonEqual(each, instance))) {
      yield fail(`${pyRepr(instance)} is not one of ${pyRepr(values)}`);
    }
  },
  *type(_v, types, instance) {
    const list = Array.isArray(types) ? types : [types];
    if (!list.some((t) => typeMatches(instance, String(t)))) {
      yield fail(`${pyRepr(instance)} is not of type ${list.map(pyRepr).join(', ')}`);
    }
  },
  *minimum(_v, limit, instance) {
    if (isNumber(instance) && instance < Number(limit)) {
      yield fail(`${pyRepr(instance)} is less than the minimum of ${pyRepr(limit)}`);
    }
  },
  *maximum(_v, limit, instance) {
    if (isNumber(instance) && instance > Number(limit)) {
      yield fail(`${pyRepr(instance)} is greater than the maximum of ${pyRepr(limit)}`);
    }
  },
  *exclusiveMinimum(_v, limit, instance) {
    if (isNumber(instance) && instance <= Number(limit)) {
      yield fail(`${pyRepr(instance)} is less than or equal to the minimum of ${pyRepr(limit)}`);
    }
  },
  *exclusiveMaximum(_v, limit, instance) {
    if (isNumber(instance) && instance >= Number(limit)) {
      yield fail(`${pyRepr(instance)} is greater than or equal to the maximum of ${pyRepr(limit)}`);
    }
  },
  *multipleOf(_v, divisor, instance) {
    if (!isNumber(instance)) return;
    const quotient = instance / Number(divisor);
    if (!Number.isInteger(quotient)) {
      yield fail(`${pyRepr(instance)} is not a multiple of ${String(divisor)}`);
    }
  },
  *minLength(_v, limit, instance) {
    if (typeof instance === 'string' && length(instance) < Number(limit)) {
      yield fail(lengthMessage(instance, Number(limit), true));
    }
  },
  *maxLength(_v, limit, instance) {
    if (typeof instance === 'string' && length(instance) > Number(limit)) {
      yield fail(lengthMessage(instance, Number(limit), false));
    }
  },
  *pattern(_v, pattern, instance) {
    if (typeof instance === 'string' && !regex(String(pattern)).test(instance)) {
      yield fail(`${pyRepr(instance)} does not match ${pyRepr(pattern)}`);
    }
  },
  *format(_v, format, instance) {
    const check = FORMATS[String(format)];
    if (check && typeof instance === 'string' && !check(instance)) {
      yield fail(`${pyRepr(instance)} is not a ${pyRepr(format)}`);
    }
  },
  *allOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return;
    for (const [index, sub] of schemas.entries()) yield* v.descend(instance, sub as Schema, undefined, index);
  },
  *anyOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return;
    for (const [index, sub] of schemas.entries()) {
      if ([...v.descend(instance, sub as Schema, undefined, index)].length === 0) return;
    }
    yield fail(`${pyRepr(instance)} is not valid under any of the given schemas`);
  },
  *oneOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return;
    let first = -1;
    for (const [index, sub] of schemas.entries()) {
      if ([...v.descend(instance, sub as Schema, undefined, index)].length === 0) {
        first = index;
        break;
      }
    }
    if (first < 0) {
      yield fail(`${pyRepr(instance)} is not valid under any of the given schemas`);
      return;
    }
    const more = schemas.slice(first + 1).filter((sub) => v.isValid(sub as Schema, instance));
    if (more.length > 0) {
      const all = [...more, schemas[first]].map(pyRepr).join(', ');
      yield fail(`${pyRepr(instance)} is valid under each of ${all}`);
    }
  },
  *not(v, sub, instance) {
    if (v.isValid(sub as Schema, instance)) {
      yield fail(`${pyRepr(instance)} should not be valid under ${pyRepr(sub)}`);
    }
  },
  *if(v, condition, instance, schema) {
    if (v.isValid(condition as Schema, instance)) {
      if (has(schema, 'then')) yield* v.descend(instance, schema.then as Schema, undefined, 'then');
    } else if (has(schema, 'else')) {
      yield* v.descend(instance, schema.else as Schema, undefined, 'else');
    }
  },
};

type Test = (v: Evaluator, value: Json, instance: unknown, schema: JsonObject) => boolean;

/**
 * The keywords the shipped schemas use most, as plain checks for `isValid`: each is true exactly
 * when its keyword above yields no error, without building one. A valid body (the common case)
 * is walked once, with no generator and no error object; the keywords not listed here fall back
 * to their error walk, stopped at the first error.
 */
const TESTS: Record<string, Test> = {
  $ref: (v, ref, instance) => v.isValid(v.resolve(String(ref)), instance),
  properties(v, properties, instance) {
    if (!isObject(instance) || !isObject(properties)) return true;
    for (const name of Object.keys(properties)) {
      if (has(instance, name) && !v.isValid(properties[name] as Schema, instance[name])) return false;
    }
    return true;
  },
  additionalProperties(v, additional, instance, schema) {
    if (!isObject(instance) || (additional !== false && !isObject(additional))) return true;
    const declared = isObject(schema.properties) ? schema.properties : {};
    const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
    for (const key of Object.keys(instance)) {
      if (has(declared, key) || patterns.some((p) => regex(p).test(key))) continue;
      if (additional === false || !v.isValid(additional as Schema, instance[key])) return false;
    }
    return true;
  },
  required(_v, required, instance) {
    if (!isObject(instance) || !Array.isArray(required)) return true;
    for (const name of required) if (!has(instance, String(name))) return false;
    return true;
  },
  type(_v, types, instance) {
    if (!Array.isArray(types)) return typeMatches(instance, String(types));
    for (const type of types) if (typeMatches(instance, String(type))) return true;
    return false;
  },
  enum(_v, values, instance) {
    if (!Array.isArray(values)) return true;
    for (const each of values) if (jsonEqual(each, instance)) return true;
    return false;
  },
  const: (_v, expected, instance) => jsonEqual(instance, expected),
  minimum: (_v, limit, instance) => !(isNumber(instance) && instance < Number(limit)),
  maximum: (_v, limit, instance) => !(isNumber(instance) && instance > Number(limit)),
  exclusiveMinimum: (_v, limit, instance) => !(isNumber(instance) && instance <= Number(limit)),
  exclusiveMaximum: (_v, limit, instance) => !(isNumber(instance) && instance >= Number(limit)),
  minLength: (_v, limit, instance) => typeof instance !== 'string' || length(instance) >= Number(limit),
  // Code points never outnumber UTF-16 units: a string short in units needs no count.
  maxLength: (_v, limit, instance) =>
    typeof instance !== 'string' || instance.length <= Number(limit) || length(instance) <= Number(limit),
  pattern: (_v, pattern, instance) => typeof instance !== 'string' || regex(String(pattern)).test(instance),
  format(_v, format, instance) {
    const check = FORMATS[String(format)];
    return !check || typeof instance !== 'string' || check(instance);
  },
  minItems: (_v, limit, instance) => !(Array.isArray(instance) && instance.length < Number(limit)),
  maxItems: (_v, limit, instance) => !(Array.isArray(instance) && instance.length > Number(limit)),
  prefixItems(v, items, instance) {
    if (!Array.isArray(instance) || !Array.isArray(items)) return true;
    for (let index = 0; index < Math.min(items.length, instance.length); index += 1) {
      if (!v.isValid(items[index] as Schema, instance[index])) return false;
    }
    return true;
  },
  items(v, items, instance, schema) {
    if (!Array.isArray(instance)) return true;
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
    if (instance.length <= prefix) return true;
    if (items === false) return false;
    for (let index = prefix; index < instance.length; index += 1) {
      if (!v.isValid(items as Schema, instance[index])) return false;
    }
    return true;
  },
  allOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return true;
    for (const sub of schemas) if (!v.isValid(sub as Schema, instance)) return false;
    return true;
  },
  anyOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return true;
    for (const sub of schemas) if (v.isValid(sub as Schema, instance)) return true;
    return false;
  },
  oneOf(v, schemas, instance) {
    if (!Array.isArray(schemas)) return true;
    let matches = 0;
    for (const sub of schemas) {
      if (v.isValid(sub as Schema, instance) && (matches += 1) > 1) return false;
    }
    return matches === 1;
  },
  not: (v, sub, instance) => !v.isValid(sub as Schema, instance),
  if(v, condition, instance, schema) {
    if (v.isValid(condition as Schema, instance)) return !has(schema, 'then') || v.isValid(schema.then as Schema, instance);
    return !has(schema, 'else') || v.isValid(schema.else as Schema, instance);
  },
};

/** Keywords that are annotations only (or read by another keyword): nothing to check. */
export const ANNOTATIONS = new Set([
  '$schema', '$id', '$comment', '$defs', 'title', 'description', 'default', 'examples', 'example',
  'deprecated', 'readOnly', 'writeOnly', 'contentMediaType', 'contentEncoding', 'then', 'else',
  'minContains', 'maxContains', 'discriminator', 'nullable', 'xml', 'externalDocs',
]);

/** Every keyword this evaluator checks. */
export const KNOWN_KEYWORDS = new Set(Object.keys(KEYWORDS));

/** Evaluates schemas inside one document (refs are `#/json/pointer`s into it). */
export class Evaluator {
  constructor(readonly document: JsonObject) {}

  /** The schema at `#/json/pointer` in the document. */
  resolve(ref: string): Schema {
    // The document never changes: each pointer is walked once (this ran on every call).
    let found = this.#resolved.get(ref);
    if (found === undefined) this.#resolved.set(ref, (found = this.#walk(ref)));
    return found;
  }

  readonly #resolved = new Map<string, Schema>();

  #walk(ref: string): Schema {
    if (!ref.startsWith('#')) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = this.document;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
    }
    if (typeof node !== 'boolean' && !isObject(node)) throw new Error(`$ref ${ref} names nothing`);
    return node as Schema;
  }

  /** Every error of `instance` against `schema`, in jsonschema's order. */
  *errors(schema: Schema, instance: unknown): Generator<SchemaError> {
    if (schema === true) return;
    if (schema === false) {
      yield {
        keyword: 'false', value: false, instance, schema: {}, path: [], schemaPath: [],
        message: `False schema does not allow ${pyRepr(instance)}`,
      };
      return;
    }
    for (const [key, value] of Object.entries(schema)) {
      const check = KEYWORDS[key];
      if (check === undefined) continue;
      for (const error of check(this, value, instance, schema)) {
        const full: SchemaError = {
          keyword: error.keyword ?? key,
          value: 'value' in error ? error.value : value,
          instance: 'instance' in error ? error.instance : instance,
          schema: error.schema ?? schema,
          path: error.path,
          schemaPath: error.schemaPath,
          message: error.message,
        };
        if (key !== 'if' && key !== '$ref') full.schemaPath.unshift(key);
        yield full;
      }
    }
  }

  /** Errors of a subschema, with the instance and schema steps taken to reach it prepended. */
  *descend(
    instance: unknown,
    schema: Schema,
    path?: string | number,
    schemaPath?: string | number,
  ): Generator<SchemaError> {
    for (const error of this.errors(schema, instance)) {
      if (path !== undefined) error.path.unshift(path);
      if (schemaPath !== undefined) error.schemaPath.unshift(schemaPath);
      yield error;
    }
  }

  /** Whether `errors` would yield nothing (decided without building an error). */
  isValid(schema: Schema, instance: unknown): boolean {
    if (typeof schema === 'boolean') return schema;
    for (const key of Object.keys(schema)) {
      const test = TESTS[key];
      if (test !== undefined) {
        if (!test(this, schema[key] as Json, instance, schema)) return false;
        continue;
      }
      const check = KEYWORDS[key];
      if (check === undefined) continue;
      if (check(this, schema[key] as Json, instance, schema)[Symbol.iterator]().next().done !== true) return false;
    }
    return true;
  }
}
