// `validateRequest`: check a body by its operation's HTTP identity.
// Generated from spec/openapi.yaml; do not edit.
import { SCHEMAS } from './schemas/index.js';
import { loadValidation } from './core/resource.js';

/**
 * Check a body by HTTP identity, without sending it:
 * `await validateRequest('POST', '/api/v1/seedance/text_to_video', body)`. Rejects with
 * `ValidationError` naming each broken rule, or `TypeError` for an operation without a body.
 */
export async function validateRequest(method: string, path: string, body: unknown): Promise<void> {
  // The index is data, loaded with the first call (like the schemas).
  const { BODY_OPERATIONS } = await import('./operation_index.js');
  const found = BODY_OPERATIONS[`${method.toUpperCase()} ${path}`];
  const loader = found ? SCHEMAS[found[0]] : undefined;
  if (found === undefined || loader === undefined) {
    throw new TypeError(`no operation with a request body is ${method.toUpperCase()} ${path}`);
  }
  const { checkBody } = await loadValidation();
  await checkBody(found[0], loader, found[1], body);
}
