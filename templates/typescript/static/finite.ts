/**
 * JSON has no NaN or Infinity: `JSON.stringify` would send `null` in their place. A body holding
 * one is refused before sending, with or without validation, as the Python SDK refuses it.
 */

/** The problem of a body holding NaN or an infinity (named by its path, `shots.0.duration`). */
export function nonFiniteProblem(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${path || 'the body'} must be a finite number (JSON has no NaN or Infinity)`;
  }
  if (typeof value === 'object' && value !== null) {
    // Object.entries walks arrays too, by index.
    for (const [key, item] of Object.entries(value)) {
      const found = nonFiniteProblem(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
