import { createHash } from 'node:crypto';
import { compareOrdinal } from '../ordinal-compare.js';

/**
 * Digest of a device directory's files as written: SHA-256 over the files in name order, each as its name, its
 * length in UTF-8 bytes and its content (the length keeps `a`+`bc` apart from `ab`+`c`). Recorded per device in
 * inventory.json (`filesHash`); a later run that finds another digest on disk knows the directory was edited,
 * added to or cut outside the tool, and renders it again instead of trusting the recorded input hashes.
 * `null` content stands for an entry that is not a regular file (a directory someone added): it never matches
 * what the tool writes.
 */
export function deviceFilesHash(files: Iterable<readonly [string, string | Buffer | null]>): string {
  const hash = createHash('sha256');
  const sorted = [...files].sort(([a], [b]) => compareOrdinal(a, b));
  for (const [name, content] of sorted) {
    hash.update(name).update('\u0000');
    if (content === null) {
      hash.update('not-a-file\u0000');
      continue;
    }
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    hash.update(String(bytes)).update('\u0000').update(content);
  }
  return hash.digest('hex');
}
