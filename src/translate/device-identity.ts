/**
 * Where a device goes: its namespace, cluster and directory, named once per device by `deviceIdentity` and carried
 * from there (the synth loop, translate's intent, render, the translate input hash and the commands all read the
 * same value), so that no stage derives them again and nothing can disagree about them.
 */
import { isCredentialName, looksLikeCredential } from '../model/credential-patterns.js';
import type { EdgeDevice } from '../model/edge-device.js';
import { deviceDir, deviceNamespace, dnsLabel } from '../names.js';
import type { DeviceIdentity } from './device-intent.js';
import { DEFAULT_CLUSTER, DEFAULT_CLUSTER_TAG } from './translate-options.js';

/**
 * Cluster directory from the twin tag: its string value made a DNS label, else `default`. A value that is a
 * credential (it looks like one, or the tag's name says so) is never a directory name: it would put the
 * secret in a path, and a snapshot holds the marker in its place. Such a device goes to `default`.
 */
export function clusterOf(tags: Readonly<Record<string, unknown>>, clusterTag: string): string {
  const value = tags[clusterTag];
  if (typeof value !== 'string' || isCredentialName(clusterTag) || looksLikeCredential(value)) return DEFAULT_CLUSTER;
  return dnsLabel(value) || DEFAULT_CLUSTER;
}

/**
 * The namespace, cluster and directory of a device of hub `hub`, its cluster read from the twin tag `clusterTag`.
 * A tag that is not a string also gives `default` here: the synth loop reports it (`clusterTagError`) and keeps the
 * device where its last good output is.
 */
export function deviceIdentity(hub: string, device: EdgeDevice, clusterTag: string = DEFAULT_CLUSTER_TAG): DeviceIdentity {
  const { deviceId } = device;
  const namespace = deviceNamespace(hub, deviceId);
  const cluster = clusterOf(device.tags, clusterTag);
  return { deviceId, namespace, cluster, dir: deviceDir(cluster, namespace, deviceId) };
}
