/**
 * sync says which devices land in clusters that no Flux Kustomization or Argo CD ApplicationSet of the repository
 * reconciles: the repository is set up with `init --cluster plant-a --cluster field`, the example hub has devices
 * in plant-a, plant-b, field and (no cluster tag) default.
 */
import path from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { run } from '../../../src/cli/commands/sync.js';
import type { CommandIo } from '../../../src/cli/io.js';
import type { SyncReport } from '../../../src/cli/sync-report.js';
import { renderRepoTemplate } from '../../../src/publish/repo-template/render-repo-template.js';
import { readReconciledPaths, uncoveredClusters } from '../../../src/publish/repo-template/cluster-coverage.js';
import { bareRepo, tempDir } from '../git-helpers.js';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');

function deps(extra: Partial<CommandIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const d: CommandIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    env: {},
    cwd: process.cwd(),
    ...extra,
  };
  return { d, out, err };
}

describe('cluster coverage', () => {
  it('warns about clusters init was not told about, and lists them in the summary and the report', async () => {
    const remote = bareRepo(Object.fromEntries(renderRepoTemplate({ clusters: ['plant-a', 'field'] })));
    const summary = path.join(tempDir(), 'summary.md');
    let report: SyncReport | undefined;
    const { d, err } = deps({ onSyncReport: (r) => (report = r) });
    expect(await run({ snapshot: EXAMPLE, repo: remote, summaryFile: summary }, d)).toBe(0);
    // examples/README.md: plant-b holds telemetry-01 and camera-01; opc-gw-prod, analytics-gw-prod and dev-box
    // have no cluster tag and go to default.
    const warnings = err.join('').split('\n').filter((l) => l.startsWith('warning: ') && l.includes('reconciled by no'));
    expect(warnings).toEqual([
      "warning: 3 device(s) in cluster 'default' (devices/default/) are reconciled by no Flux Kustomization or Argo CD ApplicationSet in the repository: they are in Git but no cluster applies them (iotedge-gitops init --cluster default writes both)",
      "warning: 2 device(s) in cluster 'plant-b' (devices/plant-b/) are reconciled by no Flux Kustomization or Argo CD ApplicationSet in the repository: they are in Git but no cluster applies them (iotedge-gitops init --cluster plant-b writes both)",
    ]);
    expect(report!.uncoveredClusters).toEqual([
      { cluster: 'default', folder: 'devices/default', devices: 3 },
      { cluster: 'plant-b', folder: 'devices/plant-b', devices: 2 },
    ]);
    expect(readFileSync(summary, 'utf8')).toContain("Warning: 2 device(s) in cluster 'plant-b' (devices/plant-b/)");
  });

  it('says nothing when every cluster is covered, or when the repository holds no Flux or Argo CD object', async () => {
    const covered = bareRepo(Object.fromEntries(renderRepoTemplate({ clusters: ['plant-a', 'plant-b', 'field', 'default'] })));
    const a = deps();
    expect(await run({ snapshot: EXAMPLE, repo: covered }, a.d)).toBe(0);
    expect(a.err.join('')).not.toContain('reconciled by no');
    const bare = bareRepo({ 'README.md': 'fleet\n' });
    const b = deps();
    expect(await run({ snapshot: EXAMPLE, repo: bare }, b.d)).toBe(0);
    expect(b.err.join('')).not.toContain('reconciled by no');
  });

  it('counts a Flux path above the cluster folder, and Argo CD globs over clusters, as coverage', async () => {
    const root = tempDir('coverage-');
    writeFileSync(
      path.join(root, 'sync.yaml'),
      [
        'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: all}\nspec: {path: ./gitops/devices/plant-a/}',
        'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: x}\nspec:\n  generators:\n    - matrix:\n        generators:\n          - git: {repoURL: u, revision: main, directories: [{path: "gitops/devices/f*/*"}, {path: "gitops/devices/field-old/*", exclude: true}]}',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-a-reconciler}\ndata: {path: gitops/devices/other}',
      ].join('\n---\n'),
    );
    const reconciled = await readReconciledPaths(root, 'gitops');
    expect(reconciled).toEqual({ fluxPaths: ['gitops/devices/plant-a'], argoDirectoryPatterns: ['gitops/devices/f*/*'] });
    const dirs = ['devices/plant-a/msiot-h-a', 'devices/field/msiot-h-b', 'devices/factory/msiot-h-c', 'devices/plant-ab/msiot-h-d', 'devices/other/msiot-h-e'];
    expect(uncoveredClusters(reconciled, 'gitops', dirs).map((u) => u.cluster)).toEqual(['other', 'plant-ab']);
  });
});

describe('uncoveredClusters', () => {
  const none = { fluxPaths: [], argoDirectoryPatterns: [] };
  const dirs = ['devices/a/msiot-h-1', 'devices/a/msiot-h-2', 'devices/ab/msiot-h-3', 'devices/b/msiot-h-4', 'devices/c/msiot-h-5'];
  it.each<{ name: string; flux?: string[]; argo?: string[]; folder?: string; uncovered: string[] }>([
    { name: 'a Flux Kustomization of the repository root covers every cluster', flux: [''], uncovered: [] },
    { name: 'a Flux path of the devices folder covers every cluster below it', flux: ['gitops/devices'], uncovered: [] },
    { name: 'a Flux path of one device directory does not cover its cluster', flux: ['gitops/devices/a/msiot-h-1'], uncovered: ['a', 'ab', 'b', 'c'] },
    { name: 'a Flux path outside the managed folder covers nothing', flux: ['other/devices'], uncovered: ['a', 'ab', 'b', 'c'] },
    { name: 'Argo CD `?` matches one character of a cluster name', argo: ['gitops/devices/?/*'], uncovered: ['ab'] },
    { name: 'Argo CD `[…]` matches a class of characters', argo: ['gitops/devices/[ab]/*'], uncovered: ['ab', 'c'] },
    { name: 'Argo CD `*` stays within one path segment', argo: ['gitops/*'], uncovered: ['a', 'ab', 'b', 'c'] },
    { name: 'an Argo CD path of the cluster folder itself generates no device Application', argo: ['gitops/devices/a'], uncovered: ['a', 'ab', 'b', 'c'] },
    { name: 'an Argo CD pattern that is no valid glob matches nothing and does not throw', argo: ['gitops/devices/[/*'], uncovered: ['a', 'ab', 'b', 'c'] },
    { name: 'Flux and Argo CD together', flux: ['gitops/devices/a'], argo: ['gitops/devices/b/*'], uncovered: ['ab', 'c'] },
    { name: 'devices at the repository root', flux: ['devices/a'], folder: '.', uncovered: ['ab', 'b', 'c'] },
  ])('$name', ({ flux, argo, folder, uncovered }) => {
    const reconciled = { fluxPaths: flux ?? [], argoDirectoryPatterns: argo ?? [] };
    expect(uncoveredClusters(reconciled, folder ?? 'gitops', dirs).map((u) => u.cluster)).toEqual(uncovered);
  });

  it('counts the devices of each uncovered cluster, sorted by cluster, with its folder', () => {
    expect(uncoveredClusters({ fluxPaths: ['x'], argoDirectoryPatterns: [] }, 'gitops', ['devices/b/msiot-h-4', ...dirs.slice(0, 3)])).toEqual([
      { cluster: 'a', folder: 'gitops/devices/a', devices: 2 },
      { cluster: 'ab', folder: 'gitops/devices/ab', devices: 1 },
      { cluster: 'b', folder: 'gitops/devices/b', devices: 1 },
    ]);
  });

  it('a repository with no Flux or Argo CD object is reconciled from elsewhere: nothing is reported', () => {
    expect(uncoveredClusters(none, 'gitops', dirs)).toEqual([]);
  });
});

describe('readReconciledPaths from a folder that is not a Git work tree', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const write = (root: string, file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const kustomization = (apiVersion: string, spec: string) => `apiVersion: ${apiVersion}\nkind: Kustomization\nmetadata: {name: k}\n${spec}\n`;

  it('reads every .yaml and .yml file but those in <managed>/devices and .git; a Flux path without ./ and trailing /', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'coverage-walk-'));
    roots.push(root);
    write(root, 'clusters/a/flux.yml', kustomization('kustomize.toolkit.fluxcd.io/v1', 'spec: {path: ./gitops/devices/a/}'));
    // No spec.path: Flux builds the repository root.
    write(root, 'root.yaml', kustomization('kustomize.toolkit.fluxcd.io/v1beta2', 'spec: {interval: 1m}'));
    // kustomize's own Kustomization is no reconciler; neither are files that are not YAML or do not parse.
    write(root, 'kustomization.yaml', kustomization('kustomize.config.k8s.io/v1beta1', 'resources: [a.yaml]'));
    write(root, 'notes.txt', kustomization('kustomize.toolkit.fluxcd.io/v1', 'spec: {path: ./txt}'));
    write(root, 'broken.yaml', 'apiVersion: [unclosed\n');
    write(root, 'gitops/devices/a/stray.yaml', kustomization('kustomize.toolkit.fluxcd.io/v1', 'spec: {path: ./in-devices}'));
    // A nested .git (a vendored clone) is skipped; a .git at the top would make the commit the source instead.
    write(root, 'vendor/.git/flux.yaml', kustomization('kustomize.toolkit.fluxcd.io/v1', 'spec: {path: ./in-git}'));
    write(
      root,
      'argocd/merge.yaml',
      'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: m}\nspec:\n  generators:\n    - merge:\n        generators:\n          - git: {repoURL: u, revision: main, directories: [{path: "./gitops/devices/b/*"}]}\n    - git: {repoURL: u, revision: main, directories: [{path: gitops/devices/c/*}]}\n',
    );
    await expect(readReconciledPaths(root, 'gitops')).resolves.toEqual({ fluxPaths: ['', 'gitops/devices/a'], argoDirectoryPatterns: ['gitops/devices/b/*', 'gitops/devices/c/*'] });
  });
});
