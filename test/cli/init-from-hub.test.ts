/** `init --from-hub`: Flux and Argo CD objects for every cluster the hub's IoT Edge devices go to. */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../publish/git-helpers.js';

const EXAMPLE = path.resolve('examples/hub-snapshot.json');

async function init(args: string[]) {
  const cwd = tempDir('init-hub-');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['init', 'repo', ...args], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {}, cwd });
  return { code, err: err.join(''), clusters: (() => { try { return readdirSync(path.join(cwd, 'repo/flux')).sort(); } catch { return []; } })() };
}

describe('init --from-hub', () => {
  it('writes a Flux and an Argo CD file for each cluster of the example hub', async () => {
    // examples/README.md: cluster tags plant-a, plant-b and field; opc-gw-prod, analytics-gw-prod, dev-box and
    // spare-01 have none and go to default. leaf-sensor-7 is no IoT Edge device.
    const result = await init(['--from-hub', '--snapshot', EXAMPLE]);
    expect(result).toEqual({ code: 0, err: '', clusters: ['default', 'field', 'plant-a', 'plant-b'] });
  });

  it('adds clusters given with --cluster, and reads another tag with --cluster-tag', async () => {
    expect((await init(['--from-hub', '--snapshot', EXAMPLE, '--cluster', 'lab'])).clusters).toEqual(['default', 'field', 'lab', 'plant-a', 'plant-b']);
    // site: factory (factory-line-1, factory-line-2, Line3_Gateway.Telemetry), warehouse (camera-01), riverside
    // (opc-gw-prod); the other edge devices have no site tag and go to default.
    expect((await init(['--from-hub', '--snapshot', EXAMPLE, '--cluster-tag', 'site'])).clusters).toEqual(['default', 'factory', 'riverside', 'warehouse']);
  });

  it('without --from-hub keeps the default cluster', async () => {
    expect((await init([])).clusters).toEqual(['default']);
  });
});
