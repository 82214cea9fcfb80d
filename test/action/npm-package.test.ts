/**
 * The npm package as a user gets it: `npm pack`, then `npm install --omit=dev --offline` of the tarball into an
 * empty folder. The CLI is the committed bundle (bundle/dist/cli.js), so the package has no dependency to fetch:
 * the offline install needs nothing from npm's cache, and nothing is built at install time.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../publish/git-helpers.js';
import { BIN, ensureBuilt } from '../faults/cli-process.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return total;
}

function treeOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? treeOf(dir, rel) : [rel];
  });
}

describe('the npm package', () => {
  let installed: string;
  let bin: string;
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  beforeAll(async () => {
    const packs = tempDir();
    // --ignore-scripts: `prepare` compiles lib/ for development, which the package does not ship.
    const { stdout } = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], { cwd: ROOT });
    const tarball = path.join(packs, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    installed = tempDir();
    writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    try {
      await run(NPM, ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', tarball], { cwd: installed });
    } catch (error) {
      const e = error as { stderr?: string };
      throw new Error(`npm install --offline of the packed tarball failed; a runtime dependency that is not in npm's cache would show as ENOTCACHED here:\n${e.stderr ?? String(error)}`);
    }
    bin = path.join(installed, 'node_modules/.bin/iotedge-gitops');
  }, 120_000);

  it('installs no other package: the bundle holds every library the CLI uses', () => {
    expect(readdirSync(path.join(installed, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['iotedge-gitops']);
    expect(readdirSync(path.join(installed, 'node_modules/iotedge-gitops')).sort()).toEqual(['README.md', 'bundle', 'examples', 'package.json']);
    // The size the README states (7.9 MB installed) stays the same order of magnitude.
    expect(sizeOf(path.join(installed, 'node_modules'))).toBeLessThan(8 * 1024 * 1024);
  });

  it('runs --version', async () => {
    const { stdout } = await run(bin, ['--version']);
    expect(stdout).toBe(`${version}\n`);
  });

  it('synthesizes the bundled example as the compiled CLI does', async () => {
    const out = path.join(tempDir(), 'out');
    const snapshot = path.join(installed, 'node_modules/iotedge-gitops/examples/hub-snapshot.json');
    const { stdout } = await run(bin, ['synth', '--snapshot', snapshot, '--out', out]);
    expect(stdout).toContain('synthesized 10 device(s)');
    // examples/README.md: 10 of the 12 devices get a directory (leaf-sensor-7 is no edge device, spare-01 matches no base).
    const dirs = readdirSync(path.join(out, 'devices')).flatMap((cluster) =>
      readdirSync(path.join(out, 'devices', cluster), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${cluster}/${e.name}`),
    );
    expect(dirs).toHaveLength(10);
    const reference = path.join(tempDir(), 'reference');
    ensureBuilt();
    await run(process.execPath, [BIN, 'synth', '--snapshot', path.join(ROOT, 'examples/hub-snapshot.json'), '--out', reference]);
    // Every manifest is byte-identical; the clusters' inventory.json differ only in hashes that include the running code's fingerprint.
    for (const file of treeOf(out).filter((f) => !/^devices\/[^/]+\/inventory\.json$/.test(f))) {
      expect({ file, same: readFileSync(path.join(out, file)).equals(readFileSync(path.join(reference, file))) }).toEqual({ file, same: true });
    }
    // Two synths and maybe a compile of lib/: a bound for a busy shared machine, not a speed target.
  }, 240_000);
});
