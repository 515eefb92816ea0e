// Generated from spec/openapi.yaml (version 1.0.0). Do not edit.
export const VERSION = '1.0.0';
