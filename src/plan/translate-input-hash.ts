/**
 * Hash of everything a device's translation reads, computed without translating: the code version, the translate
 * options, the device id, its cluster, and the id and redacted `modulesContent` of its base and layered deployments
 * in merge order (`translateDevice` reads the manifest merged from those, the device id and the cluster tag, nothing else).
 * A device whose hash and directory are unchanged since the run that wrote it is neither translated nor rendered:
 * at 10,000 devices translating only to hash the result was most of a no-op sync.
 * Pure: a per-run cache, no I/O.
 */
import { createHash } from 'node:crypto';
import { parentDeviceId } from '../model/parent-device.js';
import type { EdgeDeployment } from '../model/edge-deployment.js';
import type { JsonValue } from '../model/json.js';
import type { DeviceTarget } from '../targeting/device-target.js';
import type { DeviceIdentity, TranslateOptions } from '../translate/index.js';
import { canonicalJson } from '../translate/stable-json.js';

/** Per-run hasher; each deployment's content is serialized once, however many devices it targets. */
export class TranslateInputHasher {
  private readonly _deployments = new Map<EdgeDeployment, string>();
  private readonly _prefix: string;

  /**
   * `codeVersion` names the code (see `codeFingerprint`). `redactedContent` gives a deployment's `modulesContent`
   * with its credentials redacted as in a snapshot (`redactSnapshot`): translate never writes a credential, so
   * they need no part in the hash, and a hash over a password and otherwise known content would let a reader of
   * inventory.json test guesses of it. It also makes a live read and its redacted snapshot hash alike.
   */
  constructor(
    codeVersion: string,
    options: TranslateOptions,
    private readonly _redactedContent: (deployment: EdgeDeployment) => JsonValue,
  ) {
    this._prefix = `${codeVersion}\u0000${canonicalJson(options)}`;
  }

  /** Hex SHA-256 of the device's translate input; only for a device with a base deployment. `identity`: its place (`deviceIdentity`). */
  hash(target: DeviceTarget, identity: DeviceIdentity): string {
    const hash = createHash('sha256').update(this._prefix);
    // JSON strings keep the parts apart: no id or cluster can end one part and begin the next.
    hash.update(`\u0000${JSON.stringify(identity.deviceId)}\u0000${JSON.stringify(identity.cluster)}`);
    // The parent device (parentScopes) is what `$upstream` images pull from: a new parent is a new input.
    const parent = parentDeviceId(target.device.twin);
    if (parent !== undefined) hash.update(`\u0000parent\u0000${JSON.stringify(parent)}`);
    for (const deployment of [target.base, ...target.layers]) hash.update(`\u0000${deployment === null ? 'null' : this._deployment(deployment)}`);
    return hash.digest('hex');
  }

  private _deployment(deployment: EdgeDeployment): string {
    let digest = this._deployments.get(deployment);
    if (digest === undefined) {
      digest = createHash('sha256').update(canonicalJson([deployment.id, this._redactedContent(deployment)])).digest('hex');
      this._deployments.set(deployment, digest);
    }
    return digest;
  }
}
