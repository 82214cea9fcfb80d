/**
 * `validate` in-process on the bundled example and broken copies of it: one line per problem naming configuration,
 * module and JSON path, a GitHub annotation per problem in Actions, exit 0 or 1, nothing written.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/commands/validate.js';
import { recordingIo } from '../../helpers/recording-io.js';

const exampleFile = path.resolve(import.meta.dirname, '../../../examples/hub-snapshot.json');
const example = () => JSON.parse(readFileSync(exampleFile, 'utf8'));
const configuration = (s: any, id: string) => s.configurations.find((c: any) => c.id === id);

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'validate-command-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(snapshot: string, env: Record<string, string> = {}) {
  const { io, out, err } = recordingIo(dir, env);
  const code = await run({ snapshot, quiet: true }, io);
  return { code, out: out(), err: err() };
}

function writeSnapshot(name: string, mutate: (s: any) => void): string {
  const snapshot = example();
  mutate(snapshot);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe('validate', () => {
  it('accepts the bundled example', async () => {
    const { code, out } = await validate(exampleFile);
    expect(out).toBe('10 deployment(s) and 11 edge device(s): valid\n');
    expect(code).toBe(0);
  });

  it('names configuration, module and JSON path, once per problem, with GitHub annotations in Actions', async () => {
    const file = writeSnapshot('broken-validate.json', (s) => {
      configuration(s, 'tick-base').content.modulesContent.$edgeAgent['properties.desired'].modules.influxdb.settings.createOptions = '{"HostConfig":';
      configuration(s, 'metrics-layer').targetCondition = "tags.environment = = 'prod'";
    });
    const { code, out } = await validate(file, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    const errors = out.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/configuration 'tick-base', module 'influxdb', at content\.modulesContent\.\$edgeAgent\["properties\.desired"\]\.modules\.influxdb\.settings\.createOptions: .*JSON/);
    expect(errors.join('\n')).toMatch(/configuration 'metrics-layer'.*position/);
    expect(out).toMatch(/^::error title=configuration tick-base%2C module influxdb::/m);
    expect(out).toMatch(/^2 problem\(s\) in 10 deployment\(s\)/m);
  });

  it('outside GitHub Actions prints no annotation', async () => {
    const file = writeSnapshot('broken-local.json', (s) => {
      configuration(s, 'metrics-layer').targetCondition = "tags.environment = = 'prod'";
    });
    const { code, out } = await validate(file, { GITHUB_ACTIONS: 'false' });
    expect(code).toBe(1);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toStrictEqual([]);
  });

  it('reports two devices that would share one namespace', async () => {
    // names.ts: 'Dev-Box' is no DNS label, so its namespace is sanitized and given the hash suffix of
    // "<hub>\0<deviceId>": msiot-contoso-hub-dev-box-<hash8>. A device whose id is 'dev-box-<hash8>' gets that
    // same text as its plain namespace, since it is already a DNS label.
    const hash = createHash('sha256').update('contoso-hub\u0000Dev-Box', 'utf8').digest('hex').slice(0, 8);
    const file = writeSnapshot('shared-namespace.json', (s) => {
      const twin = s.devices.find((d: any) => d.deviceId === 'dev-box');
      s.devices.push({ ...structuredClone(twin), deviceId: 'Dev-Box' }, { ...structuredClone(twin), deviceId: `dev-box-${hash}` });
    });
    const { code, out } = await validate(file);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^error: device 'Dev-Box': namespace 'msiot-contoso-hub-dev-box-${hash}' would be shared by devices 'Dev-Box', 'dev-box-${hash}'$`, 'm'));
  });

  it('writes nothing', async () => {
    const before = readdirSync(dir).sort();
    await validate(exampleFile);
    expect(readdirSync(dir).sort()).toStrictEqual(before);
  });
});
