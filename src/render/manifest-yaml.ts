import { stringify, type ToStringOptions, type CreateNodeOptions, type DocumentOptions, type SchemaOptions } from 'yaml';
import type { JsonValue } from '../model/json.js';

/**
 * How every file is written. YAML 1.1 scalars, because kubectl, kustomize, Flux and Argo CD read YAML
 * with go-yaml's 1.1 rules: a plain `yes`, `on`, `y`, `off` or `2001-12-14` would come back as a boolean or a
 * timestamp there, so the 1.1 schema makes `yaml` quote such strings. `lineWidth: 0` never folds long
 * strings (one value = one line, readable diffs). `aliasDuplicateObjects: false`: an object met twice is
 * written twice, never as an anchor/alias.
 */
const OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  version: '1.1',
  lineWidth: 0,
  aliasDuplicateObjects: false,
};

/**
 * One JSON document as YAML text ending in a single newline. Key order is the caller's (see
 * `canonicalManifest`); nothing here adds a directive, a document marker, a comment or a timestamp.
 */
export function manifestYaml(document: JsonValue): string {
  return stringify(document, OPTIONS);
}
