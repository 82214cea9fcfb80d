import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary directories for the tests of one file, each removed after the test that made it. Call at the top
 * level of a test file (it registers an `afterEach`): `const temp = tempDirs('my-test-'); const out = temp();`
 */
export function tempDirs(prefix: string): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
