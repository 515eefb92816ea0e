// Types of the files operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** A stored upload. The download_url is temporary and expires after 24 hours. */
export interface FilesUploadedFile {
  /** Stored filename. */
  file_name?: string;
  /** Temporary URL of the file (expires after 24 hours); pass it as an input URL to generation endpoints. */
  download_url: string;
  /** Size in bytes. */
  file_size?: number;
  /** Detected MIME type. */
  mime_type?: string;
  /** Upload time (UTC). */
  uploaded_at?: string;
}

/** Body of `files.from_base64`. */
export interface FromBase64Params {
  /** Base64-encoded file data, with or without a data URL prefix (`data:<mime>;base64,`). The decoded file may be at most 10 MB. */
  base64_data: string;
  /** Custom filename for the uploaded file. */
  file_name?: string;
}

/** Body of `files.from_stream`. */
export interface FromStreamParams {
  /** The file to upload (binary part, at most 10 MB). */
  file: Uploadable;
  /** Custom filename for the uploaded file. */
  file_name?: string;
}

/** Body of `files.from_url`. */
export interface FromUrlParams {
  /** HTTPS URL of the file to download. */
  file_url: string;
  /** Custom filename for the uploaded file. */
  file_name?: string;
}
