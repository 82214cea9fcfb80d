/**
 * A first sync of 1,000 devices into a fresh bare repository: one commit of about 10,000 new files and 1,000
 * folders. git's default `gc.auto` (6,700 loose objects) would start a detached `gc --auto` after that commit,
 * still writing packs while the run removes its temporary clone; the run must end with exit 0 and leave no clone behind.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, runCli } from './cli-process.js';
import { syntheticFleet } from '../builders.js';
import { bareRepo, git, headOf, log, tempDir } from '../publish/git-helpers.js';

const DEVICES = 1000;

beforeAll(() => ensureBuilt());

describe('a first sync of a large fleet', () => {
  it(`commits ${DEVICES} devices into a fresh bare repository, exits 0 and removes its temporary clone`, async () => {
    const work = tempDir();
    const tmp = path.join(work, 'tmp');
    mkdirSync(tmp);
    // The base modules only: ten files per device, 10,000 in all, half again gc.auto's 6,700 loose objects.
    writeFileSync(path.join(work, 'fleet.json'), syntheticFleet(DEVICES, '1.0', 0));
    const remote = bareRepo();

    const result = await runCli(['sync', '--snapshot', 'fleet.json', '--repo', remote], { cwd: work, env: { HOME: work, TMPDIR: tmp } });
    expect(result.stderr).not.toMatch(/internal error|warning|note:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^pushed [0-9a-f]{12} to main: iotedge-gitops: ${DEVICES} added, 0 changed, 0 removed devices`, 'm'));
    expect(log(remote)).toHaveLength(1);
    // syntheticFleet spreads the devices over four clusters c0…c3, 250 each.
    const dirs = git(remote, 'ls-tree', '-d', '--name-only', `${headOf(remote)}:devices/c0`).split('\n').filter(Boolean);
    expect(dirs).toHaveLength(DEVICES / 4);
    expect(readdirSync(tmp)).toEqual([]);
    // About 25 s of CPU; the bound is for a shared 2-core machine, not a speed target (that is `npm run bench`).
  }, 400_000);

  it('turns automatic gc and maintenance off in the clones it makes', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'fleet.json'), syntheticFleet(4, '1.0'));
    const remote = bareRepo();
    const result = await runCli(['sync', '--snapshot', 'fleet.json', '--repo', remote, '--work-dir', 'clone'], { cwd: work, env: { HOME: work } });
    expect(result.code).toBe(0);
    expect(git(path.join(work, 'clone'), 'config', '--get', 'gc.auto').trim()).toBe('0');
    expect(git(path.join(work, 'clone'), 'config', '--get', 'maintenance.auto').trim()).toBe('false');
  });
});
