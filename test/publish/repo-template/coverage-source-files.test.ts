/**
 * Cluster coverage reads the repository's Flux and Argo CD objects from a commit. Its listing skips the managed
 * `devices/` folder, which holds the fleet (a 347 MB recursive listing at 100,000 devices) and nothing coverage reads.
 */
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listCoverageSourceBlobs, readCommittedCoverageSources } from '../../../src/publish/repo-template/coverage-source-files.js';
import { bareRepo, commitSymlinks, git, tempDir } from '../git-helpers.js';

const KUSTOMIZATION = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: devices}\nspec: {path: ./fleet/edge/devices/a}\n';

describe('listing the coverage sources of a commit', () => {
  it('lists every YAML file outside <path>/devices/, descending only the folders on the way to it', async () => {
    const remote = bareRepo({
      'README.md': 'fleet\n',
      'top.yaml': KUSTOMIZATION,
      'clusters/a/devices.yaml': KUSTOMIZATION,
      // A glob character in a folder name is a name, not a pattern.
      'clusters/[b]/x.yml': KUSTOMIZATION,
      'clusters/b/y.yml': KUSTOMIZATION,
      'fleet/flux.yaml': KUSTOMIZATION,
      'fleet/edge/kustomization.yaml': KUSTOMIZATION,
      'fleet/edge/devices/a/inventory.json': '{}\n',
      'fleet/edge/devices/a/msiot-hub-d1/namespace.yaml': 'kind: Namespace\n',
      'fleet/edge/devices/b.yaml': KUSTOMIZATION,
    });
    const calls: string[][] = [];
    const read = async (args: readonly string[]) => {
      calls.push([...args]);
      return git(remote, ...args);
    };
    const head = git(remote, 'rev-parse', 'main').trim();
    const blobs = await listCoverageSourceBlobs(read, head, 'fleet/edge');
    expect(blobs.map((b) => b.path)).toEqual(['clusters/[b]/x.yml', 'clusters/a/devices.yaml', 'clusters/b/y.yml', 'fleet/edge/kustomization.yaml', 'fleet/flux.yaml', 'top.yaml']);
    expect(blobs.find((b) => b.path === 'fleet/flux.yaml')!.oid).toBe(git(remote, 'rev-parse', 'main:fleet/flux.yaml').trim());
    // The root, fleet/ and fleet/edge/ one level each; clusters/ recursively; fleet/edge/devices/ never.
    expect(calls).toEqual([
      ['ls-tree', '-z', head],
      ['ls-tree', '-z', `${head}:fleet`],
      ['ls-tree', '-z', `${head}:fleet/edge`],
      ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', head, '--', 'clusters'],
    ]);
  });

  it('with the managed folder at the root, lists the root one level and every other folder but devices/', async () => {
    const remote = bareRepo({ 'devices/a/inventory.json': '{}\n', 'devices/a/msiot-hub-d1/namespace.yaml': 'kind: Namespace\n', 'clusters/a/devices.yaml': KUSTOMIZATION, 'flux.yml': KUSTOMIZATION });
    const head = git(remote, 'rev-parse', 'main').trim();
    const calls: string[][] = [];
    const blobs = await listCoverageSourceBlobs(async (args) => (calls.push([...args]), git(remote, ...args)), head, '.');
    expect(blobs.map((b) => b.path)).toEqual(['clusters/a/devices.yaml', 'flux.yml']);
    expect(calls.map((c) => c.slice(-1)[0])).toEqual([head, 'clusters']);
  });
});

describe('readCommittedCoverageSources', () => {
  it('is null for a folder that is not a Git work tree (the caller walks the folder instead)', async () => {
    const dir = tempDir('coverage-plain-');
    writeFileSync(path.join(dir, 'flux.yaml'), KUSTOMIZATION);
    await expect(readCommittedCoverageSources(dir, '.')).resolves.toBeNull();
  });

  it('is empty for a repository whose branch has no commit yet, whatever its work tree holds', async () => {
    const dir = tempDir('coverage-unborn-');
    git(dir, 'init', '-q');
    writeFileSync(path.join(dir, 'flux.yaml'), KUSTOMIZATION);
    await expect(readCommittedCoverageSources(dir, '.')).resolves.toEqual([]);
  });

  it('reads the texts of HEAD, not of the work tree: regular and executable files, no links, nothing under devices/', async () => {
    const remote = bareRepo({
      'flux/edge.yaml': KUSTOMIZATION,
      'tools/run.yml': 'kind: Script\n',
      'fleet/edge/devices/a/msiot-hub-d1/namespace.yaml': 'kind: Namespace\n',
    });
    commitSymlinks(remote, { 'flux/link.yaml': 'edge.yaml' }, 'a link');
    const clone = path.join(tempDir('coverage-clone-'), 'clone');
    git(path.dirname(clone), 'clone', '-q', remote, clone);
    chmodSync(path.join(clone, 'tools/run.yml'), 0o755);
    git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'executable');
    expect(git(clone, 'ls-tree', 'HEAD', 'tools/run.yml')).toMatch(/^100755 blob /);
    // Uncommitted changes are not what the branch holds: a sparse clone may even lack the files.
    rmSync(path.join(clone, 'flux'), { recursive: true });
    mkdirSync(path.join(clone, 'extra'));
    writeFileSync(path.join(clone, 'extra/new.yaml'), KUSTOMIZATION);
    await expect(readCommittedCoverageSources(clone, 'fleet/edge')).resolves.toEqual([
      { path: 'flux/edge.yaml', text: KUSTOMIZATION },
      { path: 'tools/run.yml', text: 'kind: Script\n' },
    ]);
  });
});
