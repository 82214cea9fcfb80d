import { parseYamlDocuments } from './parse-yaml-documents.js';
import { ANNOTATION_ORIGINAL_MODULE_ID, LABEL_MODULE } from '../../translate/labels.js';

/** One file of a device directory: its text (to tell which files differ) and its YAML documents, parsed once. */
export interface DeviceFile {
  readonly text: string;
  /** Empty for a file that is not YAML (`.yaml`/`.yml`) or does not parse at all; null for a broken document. */
  readonly documents: readonly any[];
}

/** A device directory read once (file name → file), in the order of the files given. */
export type DeviceFiles = ReadonlyMap<string, DeviceFile>;

/**
 * Parses every YAML file of one device directory (file name → text) once, for both readers of its facts
 * (`readWorkloads` and `readReviewFacts`): a fleet-wide change otherwise parsed each changed file twice.
 */
export function readDeviceFiles(files: ReadonlyMap<string, string>): Map<string, DeviceFile> {
  const out = new Map<string, DeviceFile>();
  for (const [name, text] of files) out.set(name, { text, documents: _isYaml(name) ? parseYamlDocuments(text) : [] });
  return out;
}

/**
 * The module name as written in the deployment (`$edgeHub` for edgeHub) that an object's annotations record;
 * older output held it in the original-moduleid annotation only. Undefined when they record none.
 */
export function moduleNameOf(annotations: Record<string, unknown>): unknown {
  return annotations[LABEL_MODULE] ?? annotations[ANNOTATION_ORIGINAL_MODULE_ID];
}

function _isYaml(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}
