/**
 * The real IoT Edge deployment manifests the tests read (copies of ../shared/examples), one copy of each in the
 * repository: the ten the bundled example is built from stay in examples/manifests/, the five only tests read (the
 * raw templates, the az CLI 1.0 base, the IIoT dashboard layer) are in test/fixtures/examples/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isJsonObject, type JsonObject } from '../../src/model/json.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE_DIRS = [path.join(ROOT, 'examples/manifests'), path.join(ROOT, 'test/fixtures/examples')];

/** File names of every example manifest, sorted. */
export function exampleManifestFiles(): string[] {
  return EXAMPLE_DIRS.flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.json'))).sort();
}

/** The path of example manifest `file`. */
export function exampleManifestPath(file: string): string {
  const found = EXAMPLE_DIRS.map((dir) => path.join(dir, file)).find((candidate) => existsSync(candidate));
  if (found === undefined) throw new Error(`no example manifest ${file} in ${EXAMPLE_DIRS.join(' or ')}`);
  return found;
}

/** The text of example manifest `file`. */
export function exampleManifestText(file: string): string {
  return readFileSync(exampleManifestPath(file), 'utf8');
}

/** `modulesContent` of an example manifest (with or without the `content` wrapper). */
export function exampleModulesContent(file: string): JsonObject {
  return modulesContentOfManifest(JSON.parse(exampleManifestText(file)) as JsonObject);
}

/** `modulesContent` of a parsed manifest file: under `content`, at the top, or the file itself. */
export function modulesContentOfManifest(json: JsonObject): JsonObject {
  const content = json['content'];
  if (isJsonObject(content) && isJsonObject(content['modulesContent'])) return content['modulesContent'];
  if (isJsonObject(json['modulesContent'])) return json['modulesContent'];
  return json;
}
