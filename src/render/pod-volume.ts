import type { JsonObject } from '../model/json.js';
import type { VolumeIntent } from '../translate/device-intent.js';

/**
 * The Kubernetes `volumes[]` entry of one VolumeIntent: `name` plus the one source it sets, copied field by
 * field (unset optional fields stay unset; `emptyDir: {}` stays an empty object, which is how Kubernetes
 * spells "an emptyDir with defaults"). `raw` is a `k8s-experimental` volume taken verbatim, with the
 * intent's `name` written over its own so the mounts always find it.
 */
export function podVolume(volume: VolumeIntent): JsonObject {
  if (volume.raw !== undefined) return { ...volume.raw, name: volume.name };
  const result: JsonObject = { name: volume.name };
  if (volume.hostPath !== undefined) result['hostPath'] = _defined({ path: volume.hostPath.path, type: volume.hostPath.type });
  if (volume.persistentVolumeClaim !== undefined) {
    result['persistentVolumeClaim'] = _defined({
      claimName: volume.persistentVolumeClaim.claimName,
      readOnly: volume.persistentVolumeClaim.readOnly,
    });
  }
  if (volume.emptyDir !== undefined) result['emptyDir'] = _defined({ medium: volume.emptyDir.medium, sizeLimit: volume.emptyDir.sizeLimit });
  if (volume.configMap !== undefined) result['configMap'] = { name: volume.configMap.name };
  if (volume.secret !== undefined) {
    result['secret'] =
      volume.secret.items === undefined
        ? { secretName: volume.secret.secretName }
        : { secretName: volume.secret.secretName, items: volume.secret.items.map((item) => ({ key: item.key, path: item.path })) };
  }
  return result;
}

/** The object without its undefined members (JSON has no undefined; YAML would print `null`). */
function _defined(object: Record<string, string | number | boolean | undefined>): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
  return result;
}
