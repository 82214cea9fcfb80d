import JSON5 from 'json5';
import type { CreateOptionsForm } from './device-manifest.js';
import { readDockerCreateOptions, type CreateOptionsReading } from './docker-create-options.js';
import { isJsonObject, type JsonObject } from './json.js';
import { jsonPathOf } from './json-path.js';
import { findUnwritableText } from './unwritable-text.js';
import type { Problem } from './problem.js';

/**
 * createOptions chunk rules, exactly as the IoT Edge agent reads them (spec §5 "Reading", §10 items 1–7;
 * Azure/iotedge DockerConfig.ReadJson and JsonEx.ChunkedProperty).
 */

/** The agent's chunk key pattern: case-insensitive and, like the agent's Regex.IsMatch, not anchored. */
const CHUNK_KEY = /createoptions([0-9]*)/i;

/**
 * Length at which the agent and the tooling (az CLI, iotedgedev) split createOptions when they write them
 * (`TwinValueMaxSize`). Only a writing convention: the agent joins chunks of any length.
 */
export const CREATE_OPTIONS_CHUNK_SIZE = 512;

/** IoT Hub's limit on one twin string value: 4 KB, counted here in UTF-8 bytes (IoT Hub docs, "Device twins: tags and properties format"). */
export const TWIN_STRING_MAX_BYTES = 4096;

/**
 * The problem with one createOptions chunk string, if any: IoT Hub refuses a twin string value over 4 KB,
 * so such a chunk cannot reach a device. A chunk over 512 characters is valid (the agent joins chunks with
 * no length check; Azure/iotedge edge-agent DockerConfig.ReadJson).
 */
export function chunkLengthProblem(key: string, value: string): string | undefined {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes <= TWIN_STRING_MAX_BYTES) return undefined;
  return (
    `createOptions chunk '${key}' is ${bytes} bytes long; IoT Hub holds a twin string value of at most 4 KB (${TWIN_STRING_MAX_BYTES} bytes): ` +
    `split the JSON text into createOptions, createOptions01, createOptions02, …`
  );
}

/** Most chunks the agent reads (`TwinValueMaxChunks`): `createOptions` plus `createOptions01` … `createOptions99`. */
export const CREATE_OPTIONS_MAX_CHUNKS = 100;

/** True when the agent would read `key` of a module's `settings` as a createOptions chunk. */
export function isCreateOptionsKey(key: string): boolean {
  return CHUNK_KEY.test(key);
}

/** The key the agent writes for chunk `index`: `createOptions`, then `createOptions01`, `createOptions02`, … */
export function createOptionsChunkKey(index: number): string {
  return index === 0 ? 'createOptions' : `createOptions${String(index).padStart(2, '0')}`;
}

/**
 * Joins the createOptions chunks of a module's `settings` into one text, the way the agent does:
 * every key matching `createoptions([0-9]*)` (any case, anywhere in the key), sorted ordinal
 * case-insensitively; key 0 must have no number, key i ≥ 1 must carry the number i (`01`, `1`, `001`
 * all pass); the raw strings are concatenated with no separator and never trimmed, because a chunk
 * boundary can fall inside a JSON token. A null chunk counts as ''.
 *
 * Decisions where the agent is silent or lax (each reported as a problem under the offending key):
 * - a chunk longer than 512 characters is accepted (the agent joins chunks with no length check; 512 is
 *   only where the tooling splits when it writes); a chunk over IoT Hub's 4 KB twin string limit is an
 *   error, since IoT Hub refuses it;
 * - more than 100 chunks is an error: the agent would silently drop the rest (with its own two-digit
 *   names a 101st key `createOptions100` sorts before `createOptions11` and fails the sequence anyway);
 * - a JSON object as the only `createOptions` value is accepted (form `object`): the agent turns any
 *   JSON token back into text before parsing it; an object mixed with chunks, an array, a number or a
 *   boolean is an error (the agent cannot read Docker create options from those).
 *
 * Problems are pushed to `problems` with paths relative to `settings`; the text is '' when any was found.
 */
export function joinCreateOptions(settings: JsonObject, problems: Problem[]): { text: string; form: CreateOptionsForm } {
  const keys = _sortOrdinalIgnoreCase(Object.keys(settings).filter(isCreateOptionsKey));
  if (keys.length === 0) return { text: '', form: 'absent' };
  const before = problems.length;

  const first = settings[keys[0]!];
  if (isJsonObject(first) && keys.length === 1 && CHUNK_KEY.exec(keys[0]!)![1] === '') {
    return { text: JSON.stringify(first), form: 'object' };
  }

  const parts: string[] = [];
  const taken = keys.slice(0, CREATE_OPTIONS_MAX_CHUNKS);
  for (let i = 0; i < taken.length; i++) {
    const key = taken[i]!;
    const suffix = CHUNK_KEY.exec(key)![1]!;
    const sequenceProblem = _checkSuffix(suffix, i, key, taken);
    if (sequenceProblem !== undefined) {
      // The agent stops at the first key out of sequence and rejects the whole document.
      problems.push({ path: [key], message: sequenceProblem });
      break;
    }
    const value = settings[key];
    if (value === null || value === undefined) {
      parts.push('');
    } else if (typeof value === 'string') {
      const lengthProblem = chunkLengthProblem(key, value);
      if (lengthProblem !== undefined) problems.push({ path: [key], message: lengthProblem });
      parts.push(value);
    } else if (isJsonObject(value)) {
      problems.push({
        path: [key],
        message: `createOptions written as a JSON object cannot be combined with other createOptions chunks; write the whole JSON text as strings`,
      });
    } else {
      problems.push({
        path: [key],
        message: `createOptions chunk '${key}' must be a string holding Docker create options JSON (got ${_jsonType(value)})`,
      });
    }
  }

  if (problems.length === before && keys.length > CREATE_OPTIONS_MAX_CHUNKS) {
    // Only reachable with 3-digit numbers (createOptions001 … createOptions100): with the agent's own
    // two-digit names, createOptions100 sorts before createOptions11 and breaks the sequence above.
    problems.push({
      path: [keys[CREATE_OPTIONS_MAX_CHUNKS]!],
      message: `createOptions has ${keys.length} chunks; the IoT Edge agent reads at most ${CREATE_OPTIONS_MAX_CHUNKS} and would silently drop the rest`,
    });
  }

  const form: CreateOptionsForm = keys.length === 1 ? 'string' : 'chunked';
  return { text: problems.length === before ? parts.join('') : '', form };
}

/**
 * Joins the chunks (see joinCreateOptions) and parses them as Docker create options: '' / whitespace /
 * "null" (any case) mean "none" (null), as does JSON text `null`. Text is read as the agent's Newtonsoft
 * reader reads it: strict JSON first, else the lenient syntax Newtonsoft also reads (unquoted member names,
 * single quotes, comments; parsed with JSON5, noted in `readings`). Text that still does not parse, or JSON
 * that is not an object (array, number, string), is a problem at the first chunk key, as the agent throws on
 * it. The object is then read with the agent's member rules (readDockerCreateOptions: names matched
 * case-insensitively, primitives converted where the model is typed); problems below it are located under
 * the first chunk key.
 *
 * Messages never quote the text: createOptions often carry credentials in `Env`.
 */
export function parseCreateOptions(
  settings: JsonObject,
  problems: Problem[],
): { options: JsonObject | null; form: CreateOptionsForm; readings: readonly CreateOptionsReading[] } {
  const before = problems.length;
  const { text, form } = joinCreateOptions(settings, problems);
  const none = { options: null, form, readings: [] };
  if (problems.length > before || form === 'absent') return none;
  const keys = _sortOrdinalIgnoreCase(Object.keys(settings).filter(isCreateOptionsKey));
  const firstKey = keys[0]!;
  if (form === 'object') return _read(settings[firstKey] as JsonObject, form, firstKey, [], problems);
  if (text.trim() === '' || text.toLowerCase() === 'null') return none;

  const chunks = form === 'chunked' ? ` (joined from ${keys.length} chunks)` : '';
  let parsed: unknown;
  const readings: CreateOptionsReading[] = [];
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    try {
      parsed = JSON5.parse(text);
      readings.push({
        kind: 'syntax',
        path: [],
        note: "createOptions is not strict JSON (unquoted member names, single quotes or comments): read as the IoT Edge agent's Newtonsoft reader reads it.",
      });
    } catch {
      problems.push({ path: [firstKey], message: `createOptions${chunks} is not valid JSON${_syntaxErrorPosition(error)}` });
      return none;
    }
  }
  if (parsed === null) return none;
  if (!isJsonObject(parsed)) {
    problems.push({
      path: [firstKey],
      message: `createOptions${chunks} must be a JSON object of Docker create options (got ${_jsonType(parsed)})`,
    });
    return none;
  }
  const unwritable = findUnwritableText(parsed);
  if (unwritable !== null) {
    // Reachable through a \uXXXX escape inside the JSON text (the raw chunks are checked with the deployment).
    problems.push({ path: [firstKey], message: `createOptions${chunks} at ${jsonPathOf('', ...unwritable.path) || 'its root'}: this key or value ${unwritable.reason}` });
    return none;
  }
  return _read(parsed, form, firstKey, readings, problems);
}

function _read(
  parsed: JsonObject,
  form: CreateOptionsForm,
  firstKey: string,
  readings: CreateOptionsReading[],
  problems: Problem[],
): { options: JsonObject; form: CreateOptionsForm; readings: readonly CreateOptionsReading[] } {
  const found: Problem[] = [];
  const read = readDockerCreateOptions(parsed, found);
  for (const problem of found) problems.push({ ...problem, path: [firstKey, ...problem.path] });
  return { options: read.options, form, readings: [...readings, ...read.readings] };
}

/** The agent's check of one key's number: empty for the first key, the integer `index` afterwards. */
function _checkSuffix(suffix: string, index: number, key: string, keys: readonly string[]): string | undefined {
  if (index === 0) {
    if (suffix === '') return undefined;
    return `createOptions chunks must start with a plain 'createOptions' key, but the first chunk is '${key}'`;
  }
  if (suffix === '') {
    return `'${key}' is a second createOptions key without a number (after '${keys[0]}'); chunk keys must be createOptions, createOptions01, createOptions02, …`;
  }
  if (Number.parseInt(suffix, 10) !== index) {
    const expected = createOptionsChunkKey(index);
    return `createOptions chunks must be numbered without gaps: expected ${expected} (chunk ${index}) but found '${key}'`;
  }
  return undefined;
}

/** .NET StringComparer.OrdinalIgnoreCase order: compare upper-cased UTF-16 code units; stable for ties. */
function _sortOrdinalIgnoreCase(keys: string[]): string[] {
  return keys
    .map((key) => ({ key, upper: key.toUpperCase() }))
    .sort((a, b) => (a.upper < b.upper ? -1 : a.upper > b.upper ? 1 : 0))
    .map((entry) => entry.key);
}

function _jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Only the position of a JSON.parse failure: V8's message can quote the text, which may hold secrets. */
function _syntaxErrorPosition(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  if (match !== null) return ` (at character ${match[1]})`;
  if (/end of (JSON )?input|Unterminated/i.test(message)) return ' (the text ends too early)';
  return '';
}
