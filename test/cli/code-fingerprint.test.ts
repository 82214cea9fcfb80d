/**
 * The recorded hashes stand for "this input through this code": a build whose code differs (even under the same
 * version number, as `npx --package` of a branch gives) must trust none of them. The fingerprint is the version
 * plus SHA-256 of every file of the tool's source tree, with its relative path.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from '../../src/cli/code-fingerprint.js';
import { TOOL_VERSION } from '../../src/tool-version.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const temp = tempDirs('iotedge-gitops-fingerprint-');

/** A small source tree: two folders, three files. */
function tree(): string {
  const root = temp();
  mkdirSync(path.join(root, 'cli'));
  mkdirSync(path.join(root, 'render'));
  writeFileSync(path.join(root, 'cli/a.js'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'render/b.js'), 'export const b = 2;\n');
  writeFileSync(path.join(root, 'errors.js'), 'export {};\n');
  return root;
}

describe('codeFingerprint', () => {
  it('is the version and 16 hex digits, the same for identical trees in different places', async () => {
    const a = await codeFingerprint(tree());
    expect(a).toMatch(new RegExp(`^${TOOL_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`));
    expect(await codeFingerprint(tree())).toBe(a);
  });

  it.each([
    { name: 'one byte of a file changed', change: (root: string) => writeFileSync(path.join(root, 'cli/a.js'), 'export const a = 2;\n') },
    { name: 'a file added', change: (root: string) => writeFileSync(path.join(root, 'render/c.js'), '') },
    { name: 'a file moved to another folder, same content', change: (root: string) => renameSync(path.join(root, 'render/b.js'), path.join(root, 'cli/b.js')) },
  ])('changes when $name', async ({ change }) => {
    const root = tree();
    const before = await codeFingerprint(root);
    change(root);
    expect(await codeFingerprint(root)).not.toBe(before);
  });

  it("fingerprints the tool's own source tree by default, once per process", async () => {
    const own = await codeFingerprint();
    expect(own).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(await codeFingerprint()).toBe(own);
    // Its own tree is src/ here (ts-jest runs the sources): the same as fingerprinting that folder explicitly.
    expect(await codeFingerprint(path.resolve(import.meta.dirname, '../../src'))).toBe(own);
  });
});
