/**
 * EDGE_HUB_SCHEMA_1_3 (src/model/schemas/edge-hub-schema-1-3.ts), the one schema that is derived rather
 * than copied: edgeHub 1.3 is 1.2 plus an optional `integrity` object (Azure/iotedge
 * EdgeHubDesiredProperties_1_3). So 1.3 must equal 1.2 except for the title, the schemaVersion pattern
 * and `integrity`, and deriving it must not change the 1.2 schema the 1.2 documents are checked with.
 * The other schema files are verbatim az CLI data with no logic of their own.
 */
import { EDGE_HUB_SCHEMA_1_2 } from '../../../src/model/schemas/edge-hub-schema-1-2.js';
import { EDGE_HUB_SCHEMA_1_3 } from '../../../src/model/schemas/edge-hub-schema-1-3.js';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const desiredOf = (schema: Readonly<Record<string, unknown>>): Node => (schema as Node)['properties']['$edgeHub']['properties']['properties.desired'];

describe('EDGE_HUB_SCHEMA_1_3', () => {
  it('requires schemaVersion 1.3', () => {
    expect(desiredOf(EDGE_HUB_SCHEMA_1_3)['properties']['schemaVersion']).toStrictEqual({ type: 'string', pattern: '1.3' });
  });

  it('allows integrity as any object', () => {
    expect(desiredOf(EDGE_HUB_SCHEMA_1_3)['properties']['integrity']).toStrictEqual({ type: 'object' });
  });

  it('is the 1.2 schema in every other respect', () => {
    const derived = structuredClone(EDGE_HUB_SCHEMA_1_3) as Node;
    const desired = desiredOf(derived);
    delete desired['properties']['integrity'];
    desired['properties']['schemaVersion'] = desiredOf(EDGE_HUB_SCHEMA_1_2)['properties']['schemaVersion'];
    derived['title'] = (EDGE_HUB_SCHEMA_1_2 as Node)['title'];
    expect(derived).toStrictEqual(EDGE_HUB_SCHEMA_1_2);
  });

  it('names itself 1.3', () => {
    expect((EDGE_HUB_SCHEMA_1_3 as Node)['title']).toContain('version 1.3');
  });

  it('leaves the 1.2 schema untouched (schemaVersion 1.2, no integrity)', () => {
    const desired12 = desiredOf(EDGE_HUB_SCHEMA_1_2);
    expect(desired12['properties']['schemaVersion']['pattern']).toBe('1.2');
    expect(Object.hasOwn(desired12['properties'], 'integrity')).toBe(false);
    expect(desiredOf(EDGE_HUB_SCHEMA_1_3)).not.toBe(desired12);
  });
});
