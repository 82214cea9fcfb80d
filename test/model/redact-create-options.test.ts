import { REDACTED_MARKER as R } from '../../src/model/credential-patterns.js';
import type { JsonObject } from '../../src/model/json.js';
import { redactCreateOptions } from '../../src/model/redact-create-options.js';

const PASSWORDS = new Set(['Reg1stry-Passw0rd']);

describe('redactCreateOptions: the one createOptions rule of snapshot and translate', () => {
  it.each<{ name: string; input: JsonObject; expected: JsonObject; reasons: string[] }>([
    {
      name: 'Env: only the value of a credential entry, by name, shape or registry password; empty values kept',
      input: { Env: ['DB_PWD=x1', 'URL=rtsp://u:pw@cam/s', 'PULL=Reg1stry-Passw0rd', 'PASSWORD=', 'PLAIN=1'] },
      expected: { Env: [`DB_PWD=${R}`, `URL=${R}`, `PULL=${R}`, 'PASSWORD=', 'PLAIN=1'] },
      reasons: ['Env.0 credential env value', 'Env.1 credential env value', 'Env.2 registry password value'],
    },
    {
      name: 'Cmd: the argument after --password, the value of --token=, a connection string; a string stays a string',
      input: { Cmd: ['--password', 'p', '--token=t', 'Server=db;User Id=sa;Password=x'], Entrypoint: '--sas=abc' },
      expected: { Cmd: ['--password', R, `--token=${R}`, R], Entrypoint: `--sas=${R}` },
      reasons: ['Cmd.1 credential argument', 'Cmd.2 credential argument', 'Cmd.3 credential argument', 'Entrypoint.0 credential argument'],
    },
    {
      name: 'Labels: by label name or value shape',
      input: { Labels: { 'com.x.apiKey': 'k', 'com.x.db': 'mongodb://a:b@h', 'com.x.team': 'ops' } },
      expected: { Labels: { 'com.x.apiKey': R, 'com.x.db': R, 'com.x.team': 'ops' } },
      reasons: ['Labels.com.x.apiKey credential label', 'Labels.com.x.db credential label'],
    },
    {
      name: 'elsewhere only by shape: a secretName names a Secret and is kept',
      input: { HostConfig: { ExtraHosts: ['db:10.0.0.1'] }, Healthcheck: { Test: ['CMD', 'curl', 'https://u:p@h/health'] }, 'k8s-experimental': { volumes: [{ volume: { secret: { secretName: 'tls' } } }] } },
      expected: { HostConfig: { ExtraHosts: ['db:10.0.0.1'] }, Healthcheck: { Test: ['CMD', 'curl', R] }, 'k8s-experimental': { volumes: [{ volume: { secret: { secretName: 'tls' } } }] } },
      reasons: ['Healthcheck.Test.2 credential-shaped value'],
    },
  ])('$name', ({ input, expected, reasons }) => {
    const heard: string[] = [];
    const out = redactCreateOptions(input, PASSWORDS, (path, reason) => heard.push(`${path.join('.')} ${reason}`));
    expect(out).toStrictEqual(expected);
    expect(heard).toStrictEqual(reasons);
    // Idempotent, and the marker is still reported as the credential it stands for (translate records it).
    const again: string[] = [];
    expect(redactCreateOptions(out, new Set(), (path, reason) => again.push(`${path.join('.')} ${reason}`))).toStrictEqual(expected);
    expect(again.map((r) => r.split(' ')[0])).toStrictEqual(reasons.map((r) => r.split(' ')[0]));
  });
});
