import { EDGE_HUB_SCHEMA_1_2 } from './edge-hub-schema-1-2.js';

/**
 * `$edgeHub` schemaVersion 1.3. The az CLI ships no schema for it; edgeHub 1.3 is 1.2 plus an optional
 * `integrity` section (manifest signing, Azure/iotedge EdgeHubDesiredProperties_1_3), so this is the 1.2
 * schema with `schemaVersion` 1.3 and `integrity` allowed as any object. Its inner shape is not checked.
 */
export const EDGE_HUB_SCHEMA_1_3: Readonly<Record<string, unknown>> = _deriveFrom12();

function _deriveFrom12(): Record<string, unknown> {
  const schema = structuredClone(EDGE_HUB_SCHEMA_1_2) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  schema['title'] = 'JSON schema for Azure IoT EdgeHub Deployment version 1.3 (derived from 1.2 by iotedge-gitops)';
  const desired = schema['properties']['$edgeHub']['properties']['properties.desired'];
  desired['properties']['schemaVersion'] = { type: 'string', pattern: '1.3' };
  desired['properties']['integrity'] = { type: 'object' };
  return schema;
}
