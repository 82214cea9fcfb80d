/**
 * JSON paths in error messages and ledger entries. Keys that are plain identifiers are joined with
 * dots; any other key (IoT Edge uses `properties.desired`, `$edgeAgent`, `5671/tcp`) is bracketed and
 * quoted so that the path stays unambiguous: `content.modulesContent.$edgeAgent["properties.desired"]`.
 */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Appends one key or array index to a path. `jsonPath('', 'a')` is `a`. */
export function jsonPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (PLAIN_KEY.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Appends several keys: `jsonPathOf('a', 'b', 0)` is `a.b[0]`. */
export function jsonPathOf(base: string, ...keys: (string | number)[]): string {
  return keys.reduce<string>((path, key) => jsonPath(path, key), base);
}
