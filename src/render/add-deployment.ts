import { Duration, JsonPatch, type Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { JsonObject, JsonValue } from '../model/json.js';
import type {
  ContainerIntent,
  ContainerSecurityIntent,
  EnvVarIntent,
  PodIntent,
  ResourcesIntent,
  VolumeMountIntent,
  WorkloadIntent,
} from '../translate/device-intent.js';
import { jsonPointer } from './json-pointer.js';
import { objectMetadata } from './object-metadata.js';
import type { ObjectPatches } from './object-patches.js';
import { podVolume } from './pod-volume.js';

const POD = ['spec', 'template', 'spec'] as const;
const CONTAINER = [...POD, 'containers', 0] as const;

/**
 * The workload's Deployment: a cdk8s-plus L2 `Deployment` for what its API expresses faithfully (metadata,
 * replicas — 0 stays 0 —, selector = `selectorLabels` only, pod template labels and annotations,
 * serviceAccountName, the container's name, image, imagePullPolicy, command, args, workingDir, env
 * (value or secretKeyRef), ports, plus hostAliases, hostname, subdomain, hostNetwork,
 * terminationGracePeriodSeconds), and JSON patches (applied to the final JSON, see ObjectPatches) for the rest.
 *
 * Patches remove every value cdk8s-plus adds on its own, so that a field the intent leaves unset is absent:
 * `minReadySeconds`, `progressDeadlineSeconds`, the RollingUpdate `strategy`, the `cdk8s.io/metadata.addr`
 * pod label, `restartPolicy`, `automountServiceAccountToken`, `setHostnameAsFQDN`, `dnsPolicy`,
 * `hostNetwork: false`, `terminationGracePeriodSeconds: 30`, the pod securityContext (runAsNonRoot,
 * fsGroupChangePolicy), and the container's imagePullPolicy `Always`, CPU/memory requests and limits and
 * non-root/read-only securityContext. Patches also add what the L2 API has no faithful field for:
 * strategy, dnsPolicy, dnsConfig, nodeSelector, hostIPC, hostPID, runtimeClassName, imagePullSecrets (a
 * list), volumes, the pod securityContext, and the container's securityContext (always written, with only
 * the intent's fields), resources (exact quantity strings), volumeMounts, livenessProbe, tty and stdin.
 *
 * automountServiceAccountToken: not written (Kubernetes default). The intent has no such field and IoT Edge
 * modules never had a Kubernetes token to mount or hide; a later intent field can set it.
 */
export function addDeployment(
  chart: Chart,
  patches: ObjectPatches,
  namespace: string,
  workload: WorkloadIntent,
  serviceAccount: kplus.ServiceAccount,
): void {
  const { pod, container } = workload;
  const deployment = new kplus.Deployment(chart, `deployment-${workload.name}`, {
    metadata: objectMetadata(workload.name, namespace, workload.labels, workload.annotations),
    replicas: workload.replicas,
    select: false,
    // Pod annotations (createOptions.Labels: any number) by patch: cdk8s's generated toJson copies a map once per
    // key, quadratic (10,000 labels took 13 s).
    podMetadata: { labels: { ...workload.labels } },
    serviceAccount,
    containers: [_containerProps(container)],
    hostAliases: pod.hostAliases?.map((alias) => ({ ip: alias.ip, hostnames: [...alias.hostnames] })),
    dns: { hostname: pod.hostname, subdomain: pod.subdomain },
    hostNetwork: pod.hostNetwork,
    terminationGracePeriod:
      pod.terminationGracePeriodSeconds === undefined ? undefined : Duration.seconds(pod.terminationGracePeriodSeconds),
  });
  deployment.select(kplus.LabelSelector.of({ labels: { ...workload.selectorLabels } }));

  patches.add('Deployment', workload.name, ..._deploymentPatches(workload), ..._podPatches(pod), ..._containerPatches(container));
}

function _containerProps(container: ContainerIntent): kplus.ContainerProps {
  const envVariables: Record<string, kplus.EnvValue> = {};
  for (const variable of container.env) envVariables[variable.name] = _envValue(variable);
  return {
    name: container.name,
    image: container.image,
    imagePullPolicy: container.imagePullPolicy as kplus.ImagePullPolicy | undefined,
    command: container.command === undefined ? undefined : [...container.command],
    args: container.args === undefined ? undefined : [...container.args],
    workingDir: container.workingDir,
    envVariables,
    ports: container.ports.map((port) => ({
      number: port.containerPort,
      protocol: port.protocol as kplus.Protocol,
      name: port.name,
    })),
  };
}

function _envValue(variable: EnvVarIntent): kplus.EnvValue {
  if ('value' in variable) return kplus.EnvValue.fromValue(variable.value);
  // An ISecret by name only: the Secret itself is made by an ExternalSecret, not by cdk8s.
  const secret = { name: variable.secretKeyRef.name } as kplus.ISecret;
  return kplus.EnvValue.fromSecretValue({ secret, key: variable.secretKeyRef.key });
}

function _deploymentPatches(workload: WorkloadIntent): JsonPatch[] {
  return [
    JsonPatch.remove('/spec/minReadySeconds'),
    JsonPatch.remove('/spec/progressDeadlineSeconds'),
    workload.strategy === undefined ? JsonPatch.remove('/spec/strategy') : JsonPatch.add('/spec/strategy', workload.strategy),
    JsonPatch.remove(jsonPointer('spec', 'template', 'metadata', 'labels', kplus.Pod.ADDRESS_LABEL)),
    ...(Object.keys(workload.podAnnotations).length > 0 ? [JsonPatch.add('/spec/template/metadata/annotations', { ...workload.podAnnotations })] : []),
  ];
}

function _podPatches(pod: PodIntent): JsonPatch[] {
  const patches = [
    JsonPatch.remove(jsonPointer(...POD, 'restartPolicy')),
    JsonPatch.remove(jsonPointer(...POD, 'automountServiceAccountToken')),
    JsonPatch.remove(jsonPointer(...POD, 'setHostnameAsFQDN')),
    _setOrRemove(jsonPointer(...POD, 'dnsPolicy'), pod.dnsPolicy),
    _setOrRemove(jsonPointer(...POD, 'securityContext'), pod.securityContext),
  ];
  if (pod.hostNetwork === undefined) patches.push(JsonPatch.remove(jsonPointer(...POD, 'hostNetwork')));
  if (pod.terminationGracePeriodSeconds === undefined) {
    patches.push(JsonPatch.remove(jsonPointer(...POD, 'terminationGracePeriodSeconds')));
  }
  _addIfDefined(patches, jsonPointer(...POD, 'dnsConfig'), pod.dnsConfig);
  _addIfDefined(patches, jsonPointer(...POD, 'nodeSelector'), pod.nodeSelector);
  _addIfDefined(patches, jsonPointer(...POD, 'hostIPC'), pod.hostIPC);
  _addIfDefined(patches, jsonPointer(...POD, 'hostPID'), pod.hostPID);
  _addIfDefined(patches, jsonPointer(...POD, 'runtimeClassName'), pod.runtimeClassName);
  if (pod.imagePullSecrets.length > 0) {
    patches.push(JsonPatch.add(jsonPointer(...POD, 'imagePullSecrets'), pod.imagePullSecrets.map((name) => ({ name }))));
  }
  if (pod.volumes.length > 0) patches.push(JsonPatch.add(jsonPointer(...POD, 'volumes'), pod.volumes.map(podVolume)));
  return patches;
}

function _containerPatches(container: ContainerIntent): JsonPatch[] {
  const patches = [
    JsonPatch.add(jsonPointer(...CONTAINER, 'securityContext'), _securityContext(container.securityContext)),
    container.resources === undefined
      ? JsonPatch.remove(jsonPointer(...CONTAINER, 'resources'))
      : JsonPatch.add(jsonPointer(...CONTAINER, 'resources'), _resources(container.resources)),
  ];
  if (container.imagePullPolicy === undefined) patches.push(JsonPatch.remove(jsonPointer(...CONTAINER, 'imagePullPolicy')));
  if (container.volumeMounts.length > 0) {
    patches.push(JsonPatch.add(jsonPointer(...CONTAINER, 'volumeMounts'), container.volumeMounts.map(_volumeMount)));
  }
  _addIfDefined(patches, jsonPointer(...CONTAINER, 'livenessProbe'), container.livenessProbe);
  _addIfDefined(patches, jsonPointer(...CONTAINER, 'tty'), container.tty);
  _addIfDefined(patches, jsonPointer(...CONTAINER, 'stdin'), container.stdin);
  return patches;
}

function _setOrRemove(path: string, value: unknown): JsonPatch {
  return value === undefined ? JsonPatch.remove(path) : JsonPatch.add(path, value);
}

function _addIfDefined(patches: JsonPatch[], path: string, value: unknown): void {
  if (value !== undefined) patches.push(JsonPatch.add(path, value));
}

function _securityContext(context: ContainerSecurityIntent): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(context) as [string, JsonValue | undefined][]) {
    if (value !== undefined) result[key] = value;
  }
  if (context.capabilities !== undefined) {
    const capabilities: JsonObject = {};
    if (context.capabilities.add !== undefined) capabilities['add'] = [...context.capabilities.add];
    if (context.capabilities.drop !== undefined) capabilities['drop'] = [...context.capabilities.drop];
    result['capabilities'] = capabilities;
  }
  return result;
}

function _resources(resources: ResourcesIntent): JsonObject {
  const result: JsonObject = {};
  if (resources.limits !== undefined) result['limits'] = { ...resources.limits };
  if (resources.requests !== undefined) result['requests'] = { ...resources.requests };
  return result;
}

function _volumeMount(mount: VolumeMountIntent): JsonObject {
  const result: JsonObject = { name: mount.name, mountPath: mount.mountPath };
  if (mount.readOnly !== undefined) result['readOnly'] = mount.readOnly;
  if (mount.subPath !== undefined) result['subPath'] = mount.subPath;
  if (mount.mountPropagation !== undefined) result['mountPropagation'] = mount.mountPropagation;
  return result;
}
