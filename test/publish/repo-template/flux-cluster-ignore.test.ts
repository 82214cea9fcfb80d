/**
 * Each cluster's Flux GitRepository keeps only `<path>/devices/<cluster>/` in its artifact. source-controller reads
 * `spec.ignore` as .gitignore patterns rooted at the repository (fluxcd/source-controller
 * internal/controller/gitrepository_controller.go, reconcileArtifact: sourceignore.ReadPatterns → Archive with
 * SourceIgnoreFilter); the rules are proven here with git itself, `git check-ignore --no-index`, which applies the
 * same pattern format, including "a file under an excluded folder cannot be re-included".
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { renderRepoTemplate } from '../../../src/publish/repo-template/render-repo-template.js';
import { fluxClusterIgnore } from '../../../src/publish/repo-template/flux-cluster-ignore.js';
import { removeDir, tempDir } from '../git-helpers.js';

function fluxSource(props: Parameters<typeof renderRepoTemplate>[0], cluster: string): { ignore: string; sparseCheckout: string[] } {
  const [source] = YAML.parseAllDocuments(renderRepoTemplate(props).get(`flux/${cluster}/iotedge-gitops.yaml`)!).map((d) => d.toJSON());
  return source.spec;
}

/** The paths among `paths` that the rules exclude, as git decides it (patterns relative to the repository root). */
function ignoredBy(rules: string, paths: readonly string[]): string[] {
  const dir = tempDir('check-ignore-');
  try {
    execFileSync('git', ['init', '-q', dir]);
    const rulesFile = path.join(dir, '.git', 'flux-ignore');
    writeFileSync(rulesFile, rules);
    // Exit code 1 = nothing ignored; the output lists exactly the ignored paths, one per line.
    let out = '';
    try {
      out = execFileSync('git', ['-c', `core.excludesFile=${rulesFile}`, 'check-ignore', '--no-index', '--', ...paths], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      if (e.status !== 1) throw error;
      out = e.stdout;
    }
    return out.split('\n').filter((l) => l !== '');
  } finally {
    removeDir(dir);
  }
}

describe('Flux GitRepository of one cluster', () => {
  it('keeps its own cluster folder and ignores every other file of the repository', () => {
    const spec = fluxSource({ clusters: ['edge', 'edge-2', 'field'] }, 'edge');
    const kept = [
      'devices/edge/.gitkeep',
      'devices/edge/inventory.json',
      'devices/edge/msiot-hub-gw1/kustomization.yaml',
      'devices/edge/msiot-hub-gw1/deployment-edgehub.yaml',
    ];
    const ignored = [
      '.github/workflows/iotedge-gitops.yml',
      'README.md',
      'inventory.json',
      'flux/edge/iotedge-gitops.yaml',
      'argocd/edge/iotedge-gitops-applicationset.yaml',
      'devices/field/msiot-hub-gw2/kustomization.yaml',
      'devices/field/inventory.json',
      // A cluster whose name starts with this one's is another folder.
      'devices/edge-2/msiot-hub-gw3/kustomization.yaml',
      'devices/stray.yaml',
    ];
    expect(ignoredBy(spec.ignore, [...kept, ...ignored])).toEqual(ignored);
    expect(spec.sparseCheckout).toEqual(['devices/edge']);
  });

  it('with --path, keeps <path>/devices/<cluster>/ only', () => {
    const spec = fluxSource({ clusters: ['edge', 'field'], path: 'fleet/eu' }, 'field');
    const kept = ['fleet/eu/devices/field/msiot-hub-gw2/kustomization.yaml', 'fleet/eu/devices/field/inventory.json'];
    const ignored = [
      '.github/workflows/iotedge-gitops.yml',
      'README.md',
      'devices/field/msiot-hub-gw2/kustomization.yaml',
      'fleet/README.md',
      'fleet/us/devices/field/msiot-hub-gw2/kustomization.yaml',
      'fleet/eu/inventory.json',
      'fleet/eu/devices/edge/msiot-hub-gw1/kustomization.yaml',
    ];
    expect(ignoredBy(spec.ignore, [...kept, ...ignored])).toEqual(ignored);
    expect(spec.sparseCheckout).toEqual(['fleet/eu/devices/field']);
  });

  it('a folder name with glob characters is matched literally', () => {
    // Unescaped, `ops [eu]` would be a character class matching `ops e` and `ops u`, and `*` any name.
    const spec = fluxSource({ clusters: ['edge'], path: 'ops [eu]/*' }, 'edge');
    const kept = ['ops [eu]/*/devices/edge/msiot-hub-gw1/kustomization.yaml'];
    const ignored = ['ops e/*/devices/edge/msiot-hub-gw1/kustomization.yaml', 'ops [eu]/x/devices/edge/msiot-hub-gw1/kustomization.yaml'];
    expect(ignoredBy(spec.ignore, [...kept, ...ignored])).toEqual(ignored);
  });

  it('the rules exclude level by level, since git cannot re-include a file below an excluded folder', () => {
    expect(fluxSource({ clusters: ['edge'], path: 'gitops' }, 'edge').ignore).toBe(
      ["# Only this cluster's device folder goes into the artifact.", '/*', '!/gitops/', '/gitops/*', '!/gitops/devices/', '/gitops/devices/*', '!/gitops/devices/edge/', ''].join('\n'),
    );
  });
});

describe('fluxClusterIgnore', () => {
  // gitignore(5): `\` escapes a glob character; trailing spaces are dropped unless escaped with `\`.
  it.each([
    { name: 'glob characters and a backslash are escaped', devicesPath: 'a*b/x?[y]/c\\d', rules: ['/*', '!/a\\*b/', '/a\\*b/*', '!/a\\*b/x\\?\\[y\\]/', '/a\\*b/x\\?\\[y\\]/*', '!/a\\*b/x\\?\\[y\\]/c\\\\d/'] },
    { name: 'a trailing space of a folder name is kept with a backslash', devicesPath: 'ops /devices/edge', rules: ['/*', '!/ops\\ /', '/ops\\ /*', '!/ops\\ /devices/', '/ops\\ /devices/*', '!/ops\\ /devices/edge/'] },
  ])('$name', ({ devicesPath, rules }) => {
    expect(fluxClusterIgnore(devicesPath)).toBe(["# Only this cluster's device folder goes into the artifact.", ...rules, ''].join('\n'));
  });

  it('a folder name ending in a space is matched literally by git', () => {
    const rules = fluxClusterIgnore('ops /devices/edge');
    expect(ignoredBy(rules, ['ops /devices/edge/msiot-hub-gw1/kustomization.yaml', 'ops/devices/edge/msiot-hub-gw1/kustomization.yaml'])).toEqual(['ops/devices/edge/msiot-hub-gw1/kustomization.yaml']);
  });
});
