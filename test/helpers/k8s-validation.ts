/**
 * Validation of rendered objects against the Kubernetes 1.27 schemas (kubernetes-models 4.4.2, generated from
 * the v1.27.1 OpenAPI spec) and the ExternalSecret CRD schema (external-secrets.io/v1 from imports/crds,
 * compiled with ajv and made strict: an unknown field is an error, as the API server's pruning would silently
 * drop it), plus the Kubernetes name and label rules, which the OpenAPI schemas do not encode.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, ServiceAccount } from 'kubernetes-models/v1';
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

const crdPath = fileURLToPath(new URL('../../imports/crds/external-secrets.io_externalsecrets.yaml', import.meta.url));
const crd = parse(readFileSync(crdPath, 'utf8')) as { spec: { versions: { name: string; schema: { openAPIV3Schema: JsonObject } }[] } };
const v1Schema = crd.spec.versions.find((version) => version.name === 'v1')?.schema.openAPIV3Schema as JsonObject;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateExternalSecret = ajv.compile(strictSchema(v1Schema) as object);

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

export function validationErrors(object: JsonObject): string[] {
  const key = `${String(object['apiVersion'])}/${String(object['kind'])}`;
  if (key === 'external-secrets.io/v1/ExternalSecret') {
    return validateExternalSecret(object) ? [] : (validateExternalSecret.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
  const model = CORE[key];
  if (model === undefined) return [`no schema for ${key}`];
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    return [String(error)];
  }
}

