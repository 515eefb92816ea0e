// Generated from spec/openapi.yaml. Do not edit.
/** The SDK's own version (SDK_VERSION; RELEASING.md). */
export const VERSION = '1.0.0';
/** The RunAPI API version the SDK was generated from (the spec's info.version). */
export const API_VERSION = '1.0.0';
