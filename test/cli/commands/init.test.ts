/**
 * `init` in-process: the clusters it writes Flux and Argo CD objects for (--cluster, --from-hub, --cluster-tag), and
 * how it writes the template: identical files left alone, edited ones refused unless --force.
 */
import path from 'node:path';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { run, type InitOptions } from '../../../src/cli/commands/init.js';
import { renderRepoTemplate } from '../../../src/publish/repo-template/render-repo-template.js';
import { readTree } from '../../helpers/output-tree.js';
import { tempDirs } from '../../helpers/temp-dirs.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');
const temp = tempDirs('init-command-');

async function init(options: Omit<InitOptions, 'dir'>) {
  const cwd = temp();
  const out: string[] = [];
  const code = await run({ dir: 'repo', ...options }, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true }, env: {}, cwd });
  const clusters = (folder: string) => readdirSync(path.join(cwd, 'repo', folder)).sort();
  return { code, out: out.join(''), flux: clusters('flux'), argocd: clusters('argocd') };
}

describe('init: the clusters it writes objects for', () => {
  it('writes a Flux and an Argo CD file for each cluster of the example hub', async () => {
    // examples/README.md: cluster tags plant-a, plant-b and field; opc-gw-prod, analytics-gw-prod, dev-box and
    // spare-01 have none and go to default. leaf-sensor-7 is no IoT Edge device.
    const result = await init({ fromHub: true, snapshot: EXAMPLE });
    expect(result.code).toBe(0);
    expect(result.flux).toEqual(['default', 'field', 'plant-a', 'plant-b']);
    expect(result.argocd).toEqual(['default', 'field', 'plant-a', 'plant-b']);
  });

  it.each<{ name: string; options: Omit<InitOptions, 'dir'>; clusters: string[] }>([
    { name: 'without --from-hub or --cluster: default', options: {}, clusters: ['default'] },
    { name: '--cluster without --from-hub: only those', options: { cluster: ['lab', 'edge'] }, clusters: ['edge', 'lab'] },
    { name: '--from-hub adds the clusters given with --cluster', options: { fromHub: true, snapshot: EXAMPLE, cluster: ['lab'] }, clusters: ['default', 'field', 'lab', 'plant-a', 'plant-b'] },
    // site: factory (factory-line-1, factory-line-2, Line3_Gateway.Telemetry), warehouse (camera-01), riverside
    // (opc-gw-prod); the other edge devices have no site tag and go to default.
    { name: '--cluster-tag reads another tag with --from-hub', options: { fromHub: true, snapshot: EXAMPLE, clusterTag: 'site' }, clusters: ['default', 'factory', 'riverside', 'warehouse'] },
    { name: '--cluster-tag without --from-hub reads nothing', options: { clusterTag: 'site', snapshot: '/does/not/exist.json' }, clusters: ['default'] },
  ])('$name', async ({ options, clusters }) => {
    expect((await init(options)).flux).toEqual(clusters);
  });
});

describe('init: writing the template', () => {
  it('tells files written for another --repo-url from edited ones', async () => {
    const dir = temp();
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir };
    const old = 'https://github.com/acme/old.git';
    await run({ dir: 'repo', cluster: ['edge'], repoUrl: old }, io);
    writeFileSync(path.join(dir, 'repo/README.md'), 'mine\n');
    await expect(run({ dir: 'repo', cluster: ['edge'], repoUrl: 'https://github.com/acme/new.git' }, io)).rejects.toThrow(
      `init would overwrite 1 edited file(s): README.md and 2 file(s) written for --repo-url ${old} (now https://github.com/acme/new.git): argocd/edge/iotedge-gitops-applicationset.yaml, flux/edge/iotedge-gitops.yaml in repo; pass --force to replace them`,
    );
    // An edit beside the URL change is an edit.
    const flux = path.join(dir, 'repo/flux/edge/iotedge-gitops.yaml');
    writeFileSync(flux, readFileSync(flux, 'utf8').replace('interval: ', 'interval:  '));
    await expect(run({ dir: 'repo', cluster: ['edge'], repoUrl: 'https://github.com/acme/new.git' }, io)).rejects.toThrow(/edited file\(s\): README.md, flux\/edge\/iotedge-gitops.yaml and 1 file\(s\) written for --repo-url/);
  });

  it('writes the template, leaves identical files alone, and refuses to overwrite an edited file unless --force', async () => {
    const dir = temp();
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true }, env: {}, cwd: dir };
    expect(await run({ dir: 'repo', cluster: ['edge'] }, io)).toBe(0);
    expect(readTree(path.join(dir, 'repo'))).toEqual(renderRepoTemplate({ clusters: ['edge'] }));
    await run({ dir: 'repo', cluster: ['edge'] }, io);
    expect(out).toEqual(['init: 5 file(s) written, 0 unchanged in repo\n', 'init: 0 file(s) written, 5 unchanged in repo\n']);
    writeFileSync(path.join(dir, 'repo/README.md'), 'mine\n');
    await expect(run({ dir: 'repo', cluster: ['edge'] }, io)).rejects.toThrow('init would overwrite 1 edited file(s): README.md in repo; pass --force to replace them');
    expect(readFileSync(path.join(dir, 'repo/README.md'), 'utf8')).toBe('mine\n');
    await run({ dir: 'repo', cluster: ['edge'], force: true }, io);
    expect(readFileSync(path.join(dir, 'repo/README.md'), 'utf8')).toContain('# IoT Edge GitOps repository');
  });
});
