// Request schemas of the guardrail_assignments operations. Generated from spec/openapi.yaml; do not edit.
import type { SchemaDocument } from '../core/validation.js';

const schemas: SchemaDocument = JSON.parse("{\"bodies\":{\"guardrail_assignments.create\":{\"$ref\":\"#/components/schemas/ManagementCreateGuardrailAssignmentRequest\"}},\"components\":{\"schemas\":{\"ManagementCreateGuardrailAssignmentRequest\":{\"type\":\"object\",\"description\":\"Body of an assignment; exactly one target.\",\"required\":[\"guardrail_id\"],\"additionalProperties\":false,\"properties\":{\"guardrail_id\":{\"type\":\"string\",\"description\":\"Prefix id of the guardrail (for example guardrail_abc123).\"},\"api_token_id\":{\"type\":\"string\",\"description\":\"Prefix id of the API key to attach the guardrail to.\"},\"account_user_id\":{\"type\":\"string\",\"description\":\"Prefix id of the account member (admin only).\"}},\"allOf\":[{\"description\":\"Provide exactly one of api_token_id or account_user_id\",\"oneOf\":[{\"required\":[\"api_token_id\"]},{\"required\":[\"account_user_id\"]}]}]}}}}");

export default schemas;
