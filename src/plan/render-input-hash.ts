import { createHash } from 'node:crypto';
import { intentContent, type DeviceIntent } from '../translate/device-intent.js';
import { canonicalJson } from '../translate/stable-json.js';
import { TOOL_VERSION } from '../tool-version.js';

/**
 * `inputHash` in inventory.json: hash of what a device's files are rendered from, the code version and the intent
 * in canonical JSON (keys sorted, so a live read and its sorted snapshot hash alike). Render is a pure function of
 * the intent, and the intent never holds a secret. Not its `dir`, which follows from its cluster and
 * namespace (both hashed) and is in none of the files.
 */
export function renderInputHash(intent: DeviceIntent, codeVersion: string = TOOL_VERSION): string {
  return createHash('sha256').update(codeVersion).update('\u0000').update(canonicalJson(intentContent(intent))).digest('hex');
}
