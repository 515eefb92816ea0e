// Request schemas of the models operations. Generated from spec/openapi.yaml; do not edit.
import type { SchemaDocument } from '../core/validation.js';

const schemas: SchemaDocument = JSON.parse("{\"bodies\":{},\"components\":{\"schemas\":{}}}");

export default schemas;
