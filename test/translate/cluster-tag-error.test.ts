/**
 * The cluster tag must be a string (src/translate/cluster-tag-error.ts): any other JSON type leaves the device's
 * cluster directory unknown, so the device gets an error (and keeps its last good output). An absent tag, or one
 * set to null (IoT Hub removes such a tag), is no error: the device goes to `default`. The message names the type,
 * never the value.
 */
import { ConfigError } from '../../src/errors.js';
import type { EdgeDevice } from '../../src/model/edge-device.js';
import type { JsonObject } from '../../src/model/json.js';
import { clusterTagError } from '../../src/translate/cluster-tag-error.js';

const device = (tags: JsonObject, deviceId = 'edge-1'): EdgeDevice => ({ deviceId, twin: { deviceId, tags }, tags, index: 0 });
const message = (tag: string, type: string) => `the cluster tag '${tag}' must be a string (it names the device's cluster directory), got ${type}; the device keeps its last good output`;

describe('clusterTagError', () => {
  it.each<{ name: string; tags: JsonObject; clusterTag?: string }>([
    { name: 'a string tag', tags: { cluster: 'plant-a' } },
    { name: 'an empty string (a cluster name problem, not a type problem)', tags: { cluster: '' } },
    { name: 'no tag', tags: {} },
    { name: 'a tag set to null counts as absent', tags: { cluster: null } },
    { name: 'another tag of a wrong type is not the cluster tag', tags: { cluster: 'a', site: 3 } },
    { name: 'a tag named like an Object member is read as an own key only', tags: {}, clusterTag: 'constructor' },
    { name: 'a tag named __proto__, absent', tags: {}, clusterTag: '__proto__' },
  ])('no error: $name', ({ tags, clusterTag }) => {
    expect(clusterTagError(device(tags), clusterTag)).toBeUndefined();
  });

  it.each<{ name: string; value: JsonObject[string]; type: string }>([
    { name: 'a number', value: 3, type: 'a number' },
    { name: 'zero', value: 0, type: 'a number' },
    { name: 'a boolean', value: false, type: 'a boolean' },
    { name: 'an object', value: { name: 'plant-a' }, type: 'an object' },
    { name: 'an array', value: ['plant-a'], type: 'an array' },
    { name: 'an empty array', value: [], type: 'an array' },
  ])('error: $name', ({ value, type }) => {
    const error = clusterTagError(device({ cluster: value }));
    expect(error).toBeInstanceOf(ConfigError);
    expect([error!.message, error!.stage, error!.deviceId, error!.jsonPath]).toStrictEqual([message('cluster', type), 'translate', 'edge-1', 'tags.cluster']);
  });

  it.each([
    { name: 'a plain tag name is dotted', clusterTag: 'site', jsonPath: 'tags.site' },
    { name: 'a tag name with a dot is bracketed', clusterTag: 'k8s.cluster', jsonPath: 'tags["k8s.cluster"]' },
  ])('--cluster-tag: the tag given is the one read and named ($name)', ({ clusterTag, jsonPath }) => {
    const error = clusterTagError(device({ cluster: 'fine', [clusterTag]: 7 }, 'gw'), clusterTag);
    expect([error?.message, error?.deviceId, error?.jsonPath]).toStrictEqual([message(clusterTag, 'a number'), 'gw', jsonPath]);
  });

  it('the value never appears in the message (it may be anything the twin holds)', () => {
    const error = clusterTagError(device({ cluster: { password: 'hunter2-canary' } }));
    expect(error!.describe()).not.toContain('hunter2-canary');
  });
});
