/**
 * A fingerprint of the running tool's code, for the hashes in inventory.json. A device is skipped when its
 * recorded hash matches, and those hashes stand for "this input, through this code": the version number alone
 * is not enough, because the workflow may run `npx --package` of a branch whose version never changes. With the
 * fingerprint, a build whose code changed translates and renders every device once (the writer still leaves
 * files that come out the same untouched, so Git sees only real changes).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../tool-version.js';
import { compareOrdinal } from '../ordinal-compare.js';

/** The source tree this module belongs to: `lib/src` when compiled, `src` when run from the sources. */
const OWN_TREE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let cached: Promise<string> | undefined;

/**
 * `<TOOL_VERSION>+<16 hex>`: the version and SHA-256 of every file under `root` (by default the tool's own source
 * tree), taken in sorted relative-path order with each path. Read once per process for the default root.
 */
export function codeFingerprint(root: string = OWN_TREE): Promise<string> {
  if (root !== OWN_TREE) return _fingerprint(root);
  cached ??= _fingerprint(root);
  return cached;
}

async function _fingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await _files(root, '')) hash.update(`${file}\u0000`).update(await readFile(path.join(root, file))).update('\u0000');
  return `${TOOL_VERSION}+${hash.digest('hex').slice(0, 16)}`;
}

async function _files(root: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await _files(root, relative)));
    else if (entry.isFile()) found.push(relative);
  }
  // Ordinal, so the order (and the hash) is the same on every machine.
  return found.sort(compareOrdinal);
}
