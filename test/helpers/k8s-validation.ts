/**
 * Validation of rendered objects against the Kubernetes 1.27 schemas (kubernetes-models 4.4.2, generated from
 * the v1.27.1 OpenAPI spec) and the ExternalSecret and Certificate CRD schemas (external-secrets.io/v1 and
 * cert-manager.io/v1 from imports/crds,
 * compiled with ajv and made strict: an unknown field is an error, as the API server's pruning would silently
 * drop it), plus the Kubernetes name and label rules, which the OpenAPI schemas do not encode.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, LimitRange, Namespace, PersistentVolumeClaim, ResourceQuota, Service, ServiceAccount } from 'kubernetes-models/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { isIP } from 'node:net';
import type { JsonObject, JsonValue } from '../../src/model/json.js';

interface Validatable {
  validate(): void;
}
const CORE: Record<string, new (data: never) => Validatable> = {
  'apps/v1/Deployment': Deployment as never,
  'v1/ConfigMap': ConfigMap as never,
  'v1/Namespace': Namespace as never,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim as never,
  'v1/Service': Service as never,
  'v1/ServiceAccount': ServiceAccount as never,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as never,
  'v1/ResourceQuota': ResourceQuota as never,
  'v1/LimitRange': LimitRange as never,
};

/** The CRD's v1 schema with `additionalProperties: false` wherever it lists properties and keeps no unknown fields. */
function strictSchema(schema: JsonValue): JsonValue {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(strictSchema);
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    result[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, strictSchema(v)])) : strictSchema(value);
  }
  if ('properties' in schema && !('additionalProperties' in schema) && schema['x-kubernetes-preserve-unknown-fields'] !== true) {
    result['additionalProperties'] = false;
  }
  return result;
}

/** The strict v1 schema of a CRD copy in imports/crds. */
function crdV1Schema(file: string): JsonValue {
  const crdPath = fileURLToPath(new URL(`../../imports/crds/${file}`, import.meta.url));
  const crd = parse(readFileSync(crdPath, 'utf8')) as { spec: { versions: { name: string; schema: { openAPIV3Schema: JsonObject } }[] } };
  return strictSchema(crd.spec.versions.find((version) => version.name === 'v1')?.schema.openAPIV3Schema as JsonObject);
}
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateExternalSecret = ajv.compile(crdV1Schema('external-secrets.io_externalsecrets.yaml') as object);
const validateCertificate = ajv.compile(crdV1Schema('cert-manager.io_certificates.yaml') as object);

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Problems with names and labels, per the Kubernetes object-name and label-syntax rules. */
export function nameAndLabelProblems(object: JsonObject): string[] {
  const problems: string[] = [];
  const metadata = object['metadata'] as JsonObject;
  const name = String(metadata['name']);
  // Namespace and Service names must be DNS-1123 labels; the others here DNS-1123 subdomains.
  const label = object['kind'] === 'Namespace' || object['kind'] === 'Service';
  if (!(label ? DNS_LABEL.test(name) && name.length <= 63 : DNS_SUBDOMAIN.test(name) && name.length <= 253)) problems.push(`name ${name}`);
  const labelMaps = [metadata['labels'], (((object['spec'] as JsonObject | undefined)?.['template'] as JsonObject | undefined)?.['metadata'] as JsonObject | undefined)?.['labels']];
  for (const labels of labelMaps) {
    for (const [key, value] of Object.entries((labels ?? {}) as Record<string, string>)) {
      const [prefix, suffix] = key.includes('/') ? key.split('/', 2) : [undefined, key];
      if (prefix !== undefined && !(DNS_SUBDOMAIN.test(prefix) && prefix.length <= 253)) problems.push(`label key prefix ${key}`);
      if (!(LABEL_NAME.test(suffix ?? '') && (suffix ?? '').length <= 63)) problems.push(`label key ${key}`);
      if (!(LABEL_VALUE.test(value) && value.length <= 63)) problems.push(`label value ${key}=${value}`);
    }
  }
  return problems;
}

/** Schema errors, then (for a schema-valid object) the API server's own rules: `apiServerProblems`. */
export function validationErrors(object: JsonObject): string[] {
  const key = `${String(object['apiVersion'])}/${String(object['kind'])}`;
  if (key === 'external-secrets.io/v1/ExternalSecret') {
    return validateExternalSecret(object) ? [] : (validateExternalSecret.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
  if (key === 'cert-manager.io/v1/Certificate') {
    return validateCertificate(object) ? [] : (validateCertificate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
  const model = CORE[key];
  if (model === undefined) return [`no schema for ${key}`];
  try {
    new model(object as never).validate();
  } catch (error) {
    return [String(error)];
  }
  return apiServerProblems(object);
}


// The API server's own rules that neither the OpenAPI schemas nor `kubectl kustomize` check, from Kubernetes 1.27
// kubernetes/kubernetes pkg/apis/core/validation/validation.go (ValidatePodSpec, ValidateVolumes,
// validateVolumeMounts, validateContainerPorts, validateHostNetwork, validateEnv, ValidateService,
// validateServicePort, ValidateConfigMap, ValidateObjectMeta → ValidateAnnotations) and
// pkg/apis/apps/validation/validation.go (ValidateDeploymentSpec: the selector must match the template's labels).
// A Deployment that breaks one of them builds with kustomize and is rejected at apply time, failing the whole
// Flux Kustomization or Argo CD Application of the device.
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

function _isIanaServiceName(name: string): boolean {
  // validation.IsValidPortName: ≤ 15 characters, lower-case alphanumerics and '-', at least one letter, no '--'.
  return name.length <= 15 && IANA_SVC_NAME.test(name) && /[a-z]/.test(name) && !name.includes('--');
}

function _duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}

function _podSpecProblems(spec: JsonObject): string[] {
  const problems: string[] = [];
  const volumes = (spec['volumes'] ?? []) as JsonObject[];
  const volumeNames = volumes.map((v) => String(v['name']));
  for (const name of _duplicates(volumeNames)) problems.push(`volumes: duplicate name ${name}`);
  for (const name of volumeNames) if (!(DNS_LABEL.test(name) && name.length <= 63)) problems.push(`volumes: name ${name} is not a DNS-1123 label`);
  for (const key of ['hostname', 'subdomain']) {
    const value = spec[key];
    if (typeof value === 'string' && !(DNS_LABEL.test(value) && value.length <= 63)) problems.push(`${key} ${value} is not a DNS-1123 label`);
  }
  const containers = [...((spec['initContainers'] ?? []) as JsonObject[]), ...((spec['containers'] ?? []) as JsonObject[])];
  for (const name of _duplicates(containers.map((c) => String(c['name'])))) problems.push(`containers: duplicate name ${name}`);
  const hostPorts: string[] = [];
  for (const container of containers) {
    const where = `container ${String(container['name'])}`;
    const mounts = (container['volumeMounts'] ?? []) as JsonObject[];
    for (const mount of mounts) {
      if (!volumeNames.includes(String(mount['name']))) problems.push(`${where}: volumeMount ${String(mount['name'])} names no volume`);
    }
    for (const mountPath of _duplicates(mounts.map((m) => String(m['mountPath'])))) problems.push(`${where}: mountPath ${mountPath} must be unique`);
    const ports = (container['ports'] ?? []) as JsonObject[];
    const portNames = ports.flatMap((p) => (typeof p['name'] === 'string' ? [p['name']] : []));
    for (const name of portNames) if (!_isIanaServiceName(name)) problems.push(`${where}: port name ${name} is not an IANA service name`);
    for (const name of _duplicates(portNames)) problems.push(`${where}: duplicate port name ${name}`);
    for (const port of ports) {
      const hostPort = port['hostPort'];
      if (spec['hostNetwork'] === true && hostPort !== undefined && hostPort !== port['containerPort']) {
        problems.push(`${where}: with hostNetwork hostPort ${String(hostPort)} must equal containerPort ${String(port['containerPort'])}`);
      }
      if (typeof hostPort === 'number' && hostPort !== 0) hostPorts.push(`${hostPort}/${String(port['protocol'] ?? 'TCP')}/${String(port['hostIP'] ?? '')}`);
    }
    const env = (container['env'] ?? []) as JsonObject[];
    for (const variable of env) if (!ENV_VAR_NAME.test(String(variable['name']))) problems.push(`${where}: env name ${String(variable['name'])} is not a valid environment variable name`);
  }
  for (const hostPort of _duplicates(hostPorts)) problems.push(`hostPort ${hostPort} is used twice`);
  return problems;
}

function _serviceProblems(spec: JsonObject): string[] {
  const problems: string[] = [];
  const ports = (spec['ports'] ?? []) as JsonObject[];
  for (const key of _duplicates(ports.map((p) => `${String(p['port'])}/${String(p['protocol'] ?? 'TCP')}`))) problems.push(`ports: duplicate port ${key}`);
  const names = ports.map((p) => p['name']);
  if (ports.length > 1 && names.some((n) => typeof n !== 'string' || n === '')) problems.push('ports: every port needs a name when there are several');
  for (const name of _duplicates(names.filter((n): n is string => typeof n === 'string'))) problems.push(`ports: duplicate name ${name}`);
  for (const name of names) if (typeof name === 'string' && !(DNS_LABEL.test(name) && name.length <= 63)) problems.push(`ports: name ${name} is not a DNS-1123 label`);
  for (const port of ports) {
    const target = port['targetPort'];
    if (typeof target === 'number' ? !(target >= 1 && target <= 65535) : typeof target === 'string' && !_isIanaServiceName(target)) problems.push(`ports: targetPort ${String(target)}`);
  }
  return problems;
}

/** Problems the API server would reject that the schemas and kustomize do not see (see the rules above). */
export function apiServerProblems(object: JsonObject): string[] {
  const problems: string[] = [];
  const metadata = (object['metadata'] ?? {}) as JsonObject;
  const annotationMaps = [metadata['annotations'], ((((object['spec'] as JsonObject | undefined)?.['template'] as JsonObject | undefined)?.['metadata'] as JsonObject | undefined)?.['annotations'])];
  for (const annotations of annotationMaps) {
    const entries = Object.entries((annotations ?? {}) as Record<string, string>);
    // ValidateAnnotations: keys are qualified names; TotalAnnotationSizeLimitB = 256 KiB of keys + values.
    for (const [key] of entries) {
      const [prefix, suffix] = key.includes('/') ? key.split('/', 2) : [undefined, key];
      if ((prefix !== undefined && !DNS_SUBDOMAIN.test(prefix)) || !(QUALIFIED_NAME.test(suffix ?? '') && (suffix ?? '').length <= 63)) problems.push(`annotation key ${key}`);
    }
    if (entries.reduce((size, [key, value]) => size + key.length + String(value).length, 0) > 256 * 1024) problems.push('annotations larger than 256 KiB');
  }
  const spec = (object['spec'] ?? {}) as JsonObject;
  if (object['kind'] === 'Deployment') {
    const template = (spec['template'] ?? {}) as JsonObject;
    const labels = (((template['metadata'] ?? {}) as JsonObject)['labels'] ?? {}) as JsonObject;
    const matchLabels = (((spec['selector'] ?? {}) as JsonObject)['matchLabels'] ?? {}) as JsonObject;
    for (const [key, value] of Object.entries(matchLabels)) if (labels[key] !== value) problems.push(`selector ${key}=${String(value)} does not match the template labels`);
    problems.push(..._podSpecProblems((template['spec'] ?? {}) as JsonObject));
  }
  if (object['kind'] === 'Service') problems.push(..._serviceProblems(spec));
  if (object['kind'] === 'NetworkPolicy') problems.push(..._networkPolicyProblems(spec));
  if (object['kind'] === 'ConfigMap') {
    const data = { ...((object['data'] ?? {}) as JsonObject), ...((object['binaryData'] ?? {}) as JsonObject) };
    for (const key of Object.keys(data)) if (!(CONFIG_MAP_KEY.test(key) && key.length <= 253)) problems.push(`data key ${key}`);
    if (Object.entries(data).reduce((size, [key, value]) => size + key.length + String(value).length, 0) > 1024 * 1024) problems.push('data larger than 1 MiB');
  }
  return problems;
}

// kubernetes/kubernetes pkg/apis/networking/validation/validation.go (1.27) ValidateNetworkPolicySpec /
// ValidateNetworkPolicyPort / ValidateIPBlock, and unversioned ValidateLabelSelector for the selectors.
function _networkPolicyProblems(spec: JsonObject): string[] {
  const problems: string[] = [];
  const selectorProblems = (where: string, selector: JsonValue | undefined) => {
    if (selector === undefined) return;
    const matchLabels = ((selector as JsonObject)['matchLabels'] ?? {}) as Record<string, string>;
    for (const [key, value] of Object.entries(matchLabels)) {
      const [prefix, suffix] = key.includes('/') ? key.split('/', 2) : [undefined, key];
      if ((prefix !== undefined && !DNS_SUBDOMAIN.test(prefix)) || !(LABEL_NAME.test(suffix ?? '') && (suffix ?? '').length <= 63)) problems.push(`${where}: label key ${key}`);
      if (!(LABEL_VALUE.test(value) && value.length <= 63)) problems.push(`${where}: label value ${key}=${value}`);
    }
  };
  selectorProblems('podSelector', spec['podSelector']);
  const types = (spec['policyTypes'] ?? []) as string[];
  for (const type of types) if (type !== 'Ingress' && type !== 'Egress') problems.push(`policyTypes: ${type}`);
  if (types.length > 2) problems.push('policyTypes: more than two');
  for (const [direction, peersKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
    for (const rule of (spec[direction] ?? []) as JsonObject[]) {
      for (const port of (rule['ports'] ?? []) as JsonObject[]) {
        const protocol = port['protocol'];
        if (protocol !== undefined && protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') problems.push(`${direction}: protocol ${String(protocol)}`);
        const number = port['port'];
        if (typeof number === 'number' && !(number >= 1 && number <= 65535)) problems.push(`${direction}: port ${number}`);
      }
      for (const peer of (rule[peersKey] ?? []) as JsonObject[]) {
        const set = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((k) => peer[k] !== undefined);
        if (set.length === 0) problems.push(`${direction}: a peer must set podSelector, namespaceSelector or ipBlock`);
        if (peer['ipBlock'] !== undefined && set.length > 1) problems.push(`${direction}: ipBlock cannot be combined with a selector`);
        selectorProblems(`${direction} podSelector`, peer['podSelector']);
        selectorProblems(`${direction} namespaceSelector`, peer['namespaceSelector']);
        const cidr = String(((peer['ipBlock'] ?? {}) as JsonObject)['cidr'] ?? '');
        if (peer['ipBlock'] !== undefined) {
          const [address = '', bits = ''] = cidr.split('/');
          const family = isIP(address);
          if (family === 0 || !/^[0-9]+$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128)) problems.push(`${direction}: ipBlock cidr ${cidr}`);
        }
      }
    }
  }
  return problems;
}
