/**
 * `init` in-process: the clusters it writes Flux and Argo CD objects for (--cluster, --from-hub, --cluster-tag).
 * Writing, leaving identical files alone and refusing edited ones is tested with the template
 * (test/publish/repo-template/render-repo-template.test.ts, "init command").
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { run, type InitOptions } from '../../../src/cli/commands/init.js';
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
