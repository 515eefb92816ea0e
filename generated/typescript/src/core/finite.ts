/**
 * JSON has no NaN or Infinity: `JSON.stringify` would send `null` in their place. A body holding
 * one is refused before sending, with or without validation, as the Python SDK refuses it.
 */

/** Whether `value` holds only finite numbers (the plain walk of the common case: no path built). */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return true;
  // Object.values walks arrays too, by index.
  for (const item of Object.values(value)) if (!allFinite(item)) return false;
  return true;
}

/** The problem of a body holding NaN or an infinity (named by its path, `shots.0.duration`). */
export function nonFiniteProblem(value: unknown): string | undefined {
  return allFinite(value) ? undefined : problem(value, '');
}

function problem(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${path || 'the body'} must be a finite number (JSON has no NaN or Infinity)`;
  }
  if (typeof value === 'object' && value !== null) {
    // Object.entries walks arrays too, by index.
    for (const [key, item] of Object.entries(value)) {
      const found = problem(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
