import { translateModuleTwins } from '../../src/translate/module-twins.js';
import { REDACTED_MARKER } from '../../src/model/credential-patterns.js';

const source = { configurationId: 'c1', jsonPath: 'content.modulesContent.mod["properties.desired"]' };
const labelsFor = () => ({ labels: {}, annotations: {} });

describe('module twin ConfigMaps', () => {
  it('writes desired properties as sorted JSON and replaces credential values by the marker, with a ledger row each', () => {
    const { configMaps, recorders } = translateModuleTwins(
      [{ module: 'mod', source, desired: { b: 1, FacadeAuthCode: 'abc123', nested: { clientSecret: 's3cr3t', url: 'https://x' }, conn: 'HostName=h;SharedAccessKey=a2V5' } }],
      'dev1',
      new Map([['mod', 'mod']]),
      labelsFor,
    );
    expect(configMaps).toHaveLength(1);
    expect(JSON.parse(configMaps[0]!.data['twin.json']!)).toStrictEqual({
      FacadeAuthCode: REDACTED_MARKER,
      b: 1,
      conn: REDACTED_MARKER,
      nested: { clientSecret: REDACTED_MARKER, url: 'https://x' },
    });
    const text = JSON.stringify(configMaps) + JSON.stringify(recorders.map((r) => r.entries));
    for (const secret of ['abc123', 's3cr3t', 'a2V5']) expect(text).not.toContain(secret);
    const keys = recorders.flatMap((r) => r.entries).filter((e) => e.fidelity === 'approximate').map((e) => e.key).sort();
    expect(keys).toStrictEqual(['properties.desired.FacadeAuthCode', 'properties.desired.conn', 'properties.desired.nested.clientSecret']);
  });

  it('keeps no ConfigMap for a twin whose module the device does not run', () => {
    const { configMaps, recorders } = translateModuleTwins([{ module: 'ghost', source, desired: { a: 1 } }], 'dev1', new Map(), labelsFor);
    expect(configMaps).toStrictEqual([]);
    expect(recorders[0]!.entries.map((e) => [e.key, e.fidelity])).toStrictEqual([['properties.desired', 'approximate']]);
  });
});
