/** Reads a synth output tree back into parsed objects, for end-to-end assertions. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

/** Every file under `dir`, relative POSIX path → content. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return out;
}

/** All Kubernetes objects in the YAML files of one device directory (kustomization.yaml excluded). */
export function readObjects(deviceDir: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const name of readdirSync(deviceDir).sort()) {
    if (name === 'kustomization.yaml' || !name.endsWith('.yaml')) continue;
    for (const doc of YAML.parseAllDocuments(readFileSync(path.join(deviceDir, name), 'utf8'))) {
      const value = doc.toJS() as K8sObject | null;
      if (value) objects.push(value);
    }
  }
  return objects;
}

/** The one object of a kind and name; throws with the list of what exists otherwise. */
export function find(objects: readonly K8sObject[], kind: string, name: string): K8sObject & Record<string, any> {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name}; have ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found as K8sObject & Record<string, any>;
}

/** env[] of the first container as name → value (or `secret:<name>/<key>` for secret references). */
export function envOf(deployment: Record<string, any>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of deployment.spec.template.spec.containers[0].env ?? []) {
    env[e.name] = e.value ?? (e.valueFrom?.secretKeyRef ? `secret:${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}` : JSON.stringify(e.valueFrom));
  }
  return env;
}
