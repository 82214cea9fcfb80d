import { stringify, type ToStringOptions, type CreateNodeOptions, type DocumentOptions, type SchemaOptions, type Scalar } from 'yaml';
import { stringTag } from 'yaml/util';
import type { JsonValue } from '../model/json.js';
import { yamlDoubleQuoted } from './yaml-double-quoted.js';

// Characters the `yaml` package would write raw (plain, or in a block scalar or double-quoted) although a
// go-yaml or PyYAML reader refuses them or reads them as a line break: C0 controls but tab and newline, DEL, C1
// controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF, and lone surrogates (which `yamlDoubleQuoted` refuses).
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;

// Plain scalars that some reader takes for something else than a string, beyond what the YAML 1.1 schema
// already quotes: go-yaml v3 (kustomize) reads an int wherever Go's `strconv.ParseInt(s, 0, 64)` does
// (`0o17`, `0O17`, `0B1`, `0X1f`, with `_` separators and a sign), and YAML 1.2 floats; PyYAML reads `=`
// as the `value` tag and `<<` as the merge key (go-yaml too, as a key), which a safe loader does not construct.
const NUMBER_LIKE = /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9_]+)?)$/;
const MERGE_TAG = 'tag:yaml.org,2002:merge';
const PYYAML_TAGS = new Set(['=', '<<']);

/**
 * How every file is written. YAML 1.1 scalars, because kubectl, kustomize, Flux and Argo CD read YAML
 * with go-yaml's 1.1 rules: a plain `yes`, `on`, `y`, `off` or `2001-12-14` would come back as a boolean or a
 * timestamp there, so the 1.1 schema makes `yaml` quote such strings. Strings that still would not read back
 * the same in go-yaml, PyYAML or the `yaml` package (1.1 or 1.2), see above, are written double-quoted with
 * escapes. `lineWidth: 0` never folds long strings (one value = one line, readable diffs).
 * `aliasDuplicateObjects: false`: an object met twice is written twice, never as an anchor/alias.
 */
const OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  version: '1.1',
  lineWidth: 0,
  aliasDuplicateObjects: false,
  // No merge keys (the 1.1 schema has them): the string `<<` is a string like any other, quoted (see PYYAML_TAGS).
  merge: false,
  customTags: (tags) =>
    tags.filter((tag) => typeof tag === 'string' || tag.tag !== MERGE_TAG).map((tag) => (tag === stringTag ? SAFE_STRING : tag)),
};

const SAFE_STRING: typeof stringTag = {
  ...stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    const value = String((item as Scalar).value);
    if (NEEDS_ESCAPES.test(value) || NUMBER_LIKE.test(value) || PYYAML_TAGS.has(value) || _plainTab(value)) return yamlDoubleQuoted(value);
    return stringTag.stringify!(item, ctx, onComment, onChompKeep);
  },
};

/** A tab in one-line text, which `yaml` writes plain and PyYAML refuses in a plain scalar ("cannot start any token"). */
function _plainTab(value: string): boolean {
  return value.includes('\t') && !value.includes('\n');
}

/**
 * One JSON document as YAML text ending in a single newline. Key order is the caller's (see
 * `canonicalManifest`); nothing here adds a directive, a document marker, a comment or a timestamp.
 * @throws InternalError when a string holds a lone UTF-16 surrogate (translate refuses those first).
 */
export function manifestYaml(document: JsonValue): string {
  return stringify(document, OPTIONS);
}
