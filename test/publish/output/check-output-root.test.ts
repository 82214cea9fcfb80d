/**
 * `checkOutputRoot` refuses an output whose `devices/` or cluster folder is a symbolic link, and, given the clone
 * (`base`), a link anywhere between the clone and its managed folder. What the user named (`root` without `base`)
 * may be a link; folders that are missing are fine; links deeper than a cluster folder are the writer's to replace.
 * The end-to-end refusals (nothing written, the link target untouched) are in symlinks.test.ts.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkOutputRoot } from '../../../src/publish/output/check-output-root.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const temp = tempDirs('check-output-root-');

type Kind = 'dir' | 'file' | 'link';

/** Makes each entry under `root`: 'dir', 'file', or `link` (a symbolic link to a real folder elsewhere). */
function tree(root: string, entries: Record<string, Kind>): void {
  const elsewhere = temp();
  for (const [relative, kind] of Object.entries(entries)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    if (kind === 'dir') mkdirSync(full);
    else if (kind === 'file') writeFileSync(full, 'x\n');
    else symlinkSync(elsewhere, full);
  }
}

/** The class and message checkOutputRoot throws, or null. */
function outcome(root: string, base?: string): { name: string; message: string } | null {
  try {
    checkOutputRoot(root, base);
    return null;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

describe('checkOutputRoot(root): --out', () => {
  it.each<{ name: string; entries: Record<string, Kind> }>([
    { name: 'an empty root', entries: {} },
    { name: 'devices/ with real cluster folders', entries: { 'devices/a': 'dir', 'devices/b': 'dir' } },
    { name: 'a link as a device directory (the writer replaces it, never writes through)', entries: { 'devices/a/ns': 'link' } },
    { name: 'a link as a cluster inventory.json (replaced too)', entries: { 'devices/a/inventory.json': 'link' } },
    { name: 'links outside devices/ (not the tool\'s)', entries: { clusters: 'link', 'inventory.json': 'link' } },
    { name: 'devices/ that is a file (the writer reports it)', entries: { devices: 'file' } },
    { name: 'a file directly in devices/ (not a cluster folder)', entries: { 'devices/README.md': 'file' } },
  ])('accepts $name', ({ entries }) => {
    const root = temp();
    tree(root, entries);
    expect(outcome(root)).toBeNull();
  });

  it('accepts a root that does not exist yet (it is created as a folder)', () => {
    expect(outcome(path.join(temp(), 'new', 'out'))).toBeNull();
  });

  it('accepts a root that is itself a link: it is what the user named', () => {
    const real = temp();
    tree(real, { 'devices/a': 'dir' });
    const link = path.join(temp(), 'out');
    symlinkSync(real, link);
    expect(outcome(link)).toBeNull();
  });

  it.each<{ name: string; entries: Record<string, Kind>; relative: string; what: string }>([
    { name: 'devices/ is a link', entries: { devices: 'link' }, relative: 'devices', what: 'the devices folder' },
    { name: 'a cluster folder is a link', entries: { 'devices/a': 'dir', 'devices/b': 'link' }, relative: 'devices/b', what: 'a cluster folder' },
    { name: 'the first linked cluster folder is named (sorted)', entries: { 'devices/z': 'link', 'devices/m': 'link' }, relative: 'devices/m', what: 'a cluster folder' },
  ])('refuses: $name', ({ entries, relative, what }) => {
    const root = temp();
    tree(root, entries);
    expect(outcome(root)).toStrictEqual({
      name: 'ConfigError',
      message: `refusing to write through ${path.join(root, relative)}: ${what} '${relative}' is a symbolic link; replace it with a real folder (nothing was written)`,
    });
  });
});

describe('checkOutputRoot(root, base): the managed folder of a clone', () => {
  it.each<{ name: string; folder: string; entries: Record<string, Kind> }>([
    { name: 'the managed folder is the clone itself', folder: '.', entries: { 'devices/a': 'dir' } },
    { name: 'a nested managed folder of real folders', folder: 'gitops/fleet', entries: { 'gitops/fleet/devices/a': 'dir' } },
    { name: 'a managed folder not committed yet', folder: 'gitops/fleet', entries: {} },
    { name: 'a link beside the path to the managed folder', folder: 'gitops/fleet', entries: { 'gitops/fleet': 'dir', 'gitops/other': 'link', docs: 'link' } },
  ])('accepts $name', ({ folder, entries }) => {
    const base = temp();
    tree(base, entries);
    expect(outcome(path.join(base, folder), base)).toBeNull();
  });

  it.each<{ name: string; folder: string; entries: Record<string, Kind>; relative: string; what: string }>([
    { name: 'the managed folder is a link', folder: 'fleet', entries: { fleet: 'link' }, relative: 'fleet', what: 'the managed folder (--path)' },
    { name: 'a folder above it is a link', folder: 'gitops/fleet', entries: { gitops: 'link' }, relative: 'gitops', what: 'the managed folder (--path)' },
    { name: 'the middle folder is a link (named by its path from the clone)', folder: 'a/b/c', entries: { 'a/b': 'link' }, relative: 'a/b', what: 'the managed folder (--path)' },
    { name: 'devices/ inside the managed folder is a link', folder: 'fleet', entries: { 'fleet/devices': 'link' }, relative: 'devices', what: 'the devices folder' },
  ])('refuses: $name', ({ folder, entries, relative, what }) => {
    const base = temp();
    tree(base, entries);
    const root = path.join(base, folder);
    const full = what === 'the devices folder' ? path.join(root, relative) : path.join(base, relative);
    expect(outcome(root, base)).toStrictEqual({
      name: 'ConfigError',
      message: `refusing to write through ${full}: ${what} '${relative}' is a symbolic link; replace it with a real folder (nothing was written)`,
    });
  });

  it('a path through a file on the way is not a link: accepted here (git or the writer reports it)', () => {
    const base = temp();
    tree(base, { gitops: 'file' });
    expect(outcome(path.join(base, 'gitops/fleet'), base)).toBeNull();
  });
});
