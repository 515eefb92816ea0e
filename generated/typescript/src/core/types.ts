/** Small shared types: the operation descriptor the generated resources hand to the transport. */

export type AuthKind = 'api_key' | 'management_key' | 'llm';
export type BodyKind = 'json' | 'multipart' | 'none';

/** One API operation, as the generated resources describe it. */
export interface Operation {
  readonly id: string; // "seedance.text_to_video.create"
  readonly method: string; // "POST"
  readonly path: string; // "/api/v1/seedance/text_to_video/{id}"
  readonly auth: AuthKind;
  readonly body: BodyKind;
}
