/**
 * JSON has no NaN or Infinity: `JSON.stringify` would send `null` in their place. A body holding
 * one is refused before sending, with or without validation, as the Python SDK refuses it.
 */

/** Where `value` holds NaN or an infinity (`shots.0.duration`), if anywhere. */
function nonFiniteAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || 'the body';
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = nonFiniteAt(item, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The problem of a body holding NaN or an infinity, which JSON cannot carry, if it does. */
export function nonFiniteProblem(body: unknown): string | undefined {
  const where = nonFiniteAt(body, '');
  return where === undefined ? undefined : `${where} must be a finite number (JSON has no NaN or Infinity)`;
}
