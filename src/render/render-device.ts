import { App, Chart } from 'cdk8s';
import { InternalError, IotEdgeGitopsError } from '../errors.js';
import type { JsonObject } from '../model/json.js';
import type { DeviceIntent } from '../translate/device-intent.js';
import { addCertificate } from './add-certificate.js';
import { addConfigMap } from './add-config-map.js';
import { addDeployment } from './add-deployment.js';
import { addExternalSecret } from './add-external-secret.js';
import { addNamespace } from './add-namespace.js';
import { addNetworkPolicy } from './add-network-policy.js';
import { addLimitRange, addResourceQuota } from './add-resource-bounds.js';
import { addPersistentVolumeClaim } from './add-persistent-volume-claim.js';
import { addService } from './add-service.js';
import { addServiceAccount } from './add-service-account.js';
import { canonicalManifest } from './canonical-manifest.js';
import { manifestFileName } from './manifest-file-name.js';
import { manifestYaml } from './manifest-yaml.js';
import { ObjectPatches } from './object-patches.js';
import { KUSTOMIZATION_FILE, renderKustomization } from './render-kustomization.js';
import type { RenderedDevice } from './rendered-device.js';

/**
 * The Kubernetes objects of one device as JSON, in canonical key order (see `canonicalManifest`) and
 * sorted by file name: the Namespace; per workload a Deployment, a ServiceAccount and, when the intent has
 * one, a Service; every ConfigMap, ExternalSecret and PersistentVolumeClaim; the NetworkPolicies, ResourceQuota and
 * LimitRange that isolate the device (when the intent has them). Built with one throw-away
 * cdk8s App and Chart and read with `chart.toJson()` (no `App.synth()`: nothing is written to disk).
 * Pure: the App gets an explicit outdir and metadata flag so that cdk8s reads no environment variable
 * that could change the output.
 * @throws InternalError when cdk8s rejects the intent (a DeviceIntent that breaks its own contract).
 */
export function renderDeviceObjects(intent: DeviceIntent): JsonObject[] {
  const app = new App({ outdir: '.', recordConstructMetadata: false });
  const chart = new Chart(app, 'device');
  const patches = new ObjectPatches();
  const { namespace } = intent;
  try {
    addNamespace(chart, patches, intent);
    for (const workload of intent.workloads) {
      const serviceAccount = addServiceAccount(chart, patches, namespace, workload);
      addDeployment(chart, patches, namespace, workload, serviceAccount);
      if (workload.service !== undefined) addService(chart, patches, namespace, workload, workload.service);
    }
    for (const configMap of intent.configMaps) addConfigMap(chart, patches, namespace, configMap);
    for (const secret of intent.externalSecrets) addExternalSecret(chart, namespace, secret);
    for (const claim of intent.persistentVolumeClaims) addPersistentVolumeClaim(chart, namespace, claim);
    for (const policy of intent.networkPolicies ?? []) addNetworkPolicy(chart, namespace, policy);
    if (intent.resourceQuota !== undefined) addResourceQuota(chart, namespace, intent.resourceQuota);
    if (intent.limitRange !== undefined) addLimitRange(chart, namespace, intent.limitRange);
    for (const certificate of intent.certificates ?? []) addCertificate(chart, namespace, certificate);
    return (chart.toJson() as JsonObject[]).map((object) => canonicalManifest(patches.applyTo(object)));
  } catch (error) {
    if (error instanceof IotEdgeGitopsError) throw error;
    throw new InternalError(`cannot build the Kubernetes objects: ${_firstLine(error)}`, {
      stage: 'render',
      deviceId: intent.deviceId,
      cause: error,
    });
  }
}

/**
 * Renders one device: `dir` = the intent's directory (`devices/<cluster>/<namespace>`, see `deviceIdentity`),
 * `files` = one YAML file per object (named by `manifestFileName`) plus `kustomization.yaml` listing them, in
 * file-name order. Deterministic: the same intent gives byte-identical files (canonical key order, intent list
 * order, no timestamps, a single trailing newline). Pure: writes nothing.
 * @throws InternalError for an intent that breaks its contract (two objects with one file name, cdk8s refusing it).
 */
export function renderDevice(intent: DeviceIntent): RenderedDevice {
  const { dir } = intent;
  const byName = new Map<string, string>();
  for (const object of renderDeviceObjects(intent)) {
    const name = manifestFileName(object);
    if (byName.has(name) || name === KUSTOMIZATION_FILE) {
      throw new InternalError(`two objects would be written to ${dir}/${name}`, { stage: 'render', deviceId: intent.deviceId });
    }
    byName.set(name, manifestYaml(object));
  }
  const names = [...byName.keys()];
  byName.set(KUSTOMIZATION_FILE, renderKustomization(names));
  const files = new Map<string, string>();
  for (const name of [...byName.keys()].sort()) files.set(name, byName.get(name) as string);
  return { dir, files };
}

/** First line of an error message: cdk8s errors are long and may quote values; the cause keeps the rest. */
function _firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
