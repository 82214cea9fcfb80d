/**
 * sync says which devices land in clusters that no Flux Kustomization or Argo CD ApplicationSet of the repository
 * reconciles: the repository is set up with `init --cluster plant-a --cluster field`, the example hub has devices
 * in plant-a, plant-b, field and (no cluster tag) default.
 */
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { run } from '../../src/cli/commands/sync.js';
import type { CommandIo } from '../../src/cli/io.js';
import type { SyncReport } from '../../src/cli/sync-report.js';
import { renderRepoTemplate } from '../../src/publish/repo-template/render-repo-template.js';
import { readReconciledPaths, uncoveredClusters } from '../../src/publish/repo-template/cluster-coverage.js';
import { bareRepo, tempDir } from './git-helpers.js';

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
    const root = mkdtempSync(path.join(os.tmpdir(), 'coverage-'));
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
