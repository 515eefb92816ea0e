// Request schemas of the luma operations. Generated from spec/openapi.yaml; do not edit.
import type { SchemaDocument } from '../core/validation.js';

const schemas: SchemaDocument = JSON.parse("{\"bodies\":{\"luma.modify_video.create\":{\"$ref\":\"#/components/schemas/LumaModifyVideoRequest\"}},\"components\":{\"schemas\":{\"LumaModifyVideoRequest\":{\"type\":\"object\",\"description\":\"Body of a Luma video modification task.\",\"required\":[\"prompt\",\"source_video_url\"],\"additionalProperties\":false,\"properties\":{\"prompt\":{\"type\":\"string\",\"minLength\":1,\"description\":\"English prompt describing how to transform the source video.\"},\"source_video_url\":{\"type\":\"string\",\"format\":\"uri\",\"description\":\"Publicly accessible source video URL; MP4, MOV and AVI are supported.\"},\"callback_url\":{\"type\":\"string\",\"format\":\"uri\",\"pattern\":\"^https://\",\"description\":\"HTTPS webhook URL that receives a signed POST with the final status payload when the task finishes.\"},\"watermark\":{\"type\":\"string\",\"description\":\"Watermark identifier added to the generated video.\"}}}}}}");

export default schemas;
