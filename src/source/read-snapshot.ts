/**
 * Reads a hub snapshot from files: one snapshot file (`--snapshot`), or the two lists that
 * `az iot edge deployment list` / `az iot hub configuration list` and `az iot hub query -q "SELECT * FROM devices"`
 * print (`--configurations`, `--twins`, `--hub`).
 */
import { constants as bufferConstants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConfigError } from '../errors.js';
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { isJsonObject, type JsonValue } from '../model/json.js';
import { hubNameOf } from '../names.js';

/** The two-list form of the input. */
export interface SplitSnapshotFiles {
  readonly configurations: string;
  readonly twins: string;
  /** Hub name, or its host name (`myhub.azure-devices.net`). */
  readonly hub: string;
}

const AZURE_DEVICES_SUFFIX = '.azure-devices.net';

/** Limits of reading a JSON file. */
export interface ReadJsonLimits {
  /** Longest string (UTF-16 code units) this Node.js can hold. @default buffer.constants.MAX_STRING_LENGTH */
  readonly maxStringLength?: number;
}

/** Reads `{hub, hostName?, configurations, devices}` from one JSON file. */
export async function readSnapshotFile(file: string, limits: ReadJsonLimits = {}): Promise<HubSnapshot> {
  const value = await readJsonFile(file, limits);
  if (!isJsonObject(value)) throw new ConfigError(`${file}: a snapshot must be a JSON object {hub, configurations, devices}`, { stage: 'source', jsonPath: '$' });
  const hostName = value['hostName'];
  if (hostName !== undefined && (typeof hostName !== 'string' || hostName.trim() === '')) {
    throw new ConfigError(`${file}: hostName must be a non-empty string`, { stage: 'source', jsonPath: 'hostName' });
  }
  const hubValue = value['hub'] ?? (typeof hostName === 'string' ? hubNameOf(hostName) : undefined);
  if (typeof hubValue !== 'string' || hubValue.trim() === '') {
    throw new ConfigError(`${file}: hub must be a non-empty string (the IoT Hub name)`, { stage: 'source', jsonPath: 'hub' });
  }
  return {
    hub: hubValue,
    hostName: typeof hostName === 'string' ? hostName : `${hubValue}${AZURE_DEVICES_SUFFIX}`,
    configurations: _requireArray(value['configurations'], file, 'configurations'),
    devices: _requireArray(value['devices'], file, 'devices'),
  };
}

function _tooLong(file: string, bytes: number, maxLength: number): ConfigError {
  return new ConfigError(
    `snapshot ${file} is ${bytes} bytes, more than this Node.js can read as one string (${maxLength} characters, buffer.constants.MAX_STRING_LENGTH); read the live hub instead, or pass the configurations and the twins as two files (--configurations, --twins)`,
    { stage: 'source' },
  );
}

/** Reads the configuration list and the twin list from two files, as the az CLI prints them. */
export async function readSplitSnapshotFiles(files: SplitSnapshotFiles): Promise<HubSnapshot> {
  const [configurations, twins] = await Promise.all([readJsonFile(files.configurations), readJsonFile(files.twins)]);
  const hub = files.hub.includes('.') ? hubNameOf(files.hub) : files.hub;
  if (hub.trim() === '') throw new ConfigError('--hub must name the IoT Hub', { stage: 'cli' });
  return {
    hub,
    hostName: files.hub.includes('.') ? files.hub : `${hub}${AZURE_DEVICES_SUFFIX}`,
    configurations: _requireArray(configurations, files.configurations, '$'),
    devices: _requireArray(twins, files.twins, '$'),
  };
}

/**
 * Reads and parses a UTF-8 JSON file. Invalid UTF-8 and invalid JSON are ConfigErrors naming the file and
 * the line and column, so a user can open the file at the right place. JSON.parse needs the whole text as one
 * string: a file longer than the longest string this Node.js can hold is a ConfigError that says so (not a
 * crash, and not a false "invalid UTF-8").
 */
export async function readJsonFile(file: string, limits: ReadJsonLimits = {}): Promise<JsonValue> {
  const maxLength = limits.maxStringLength ?? bufferConstants.MAX_STRING_LENGTH;
  let bytes: Buffer;
  try {
    // A UTF-8 file of n bytes decodes to n/3 … n UTF-16 units: beyond 3 × the limit it cannot fit, whatever it holds.
    const size = (await stat(file)).size;
    if (size > 3 * maxLength) throw _tooLong(file, size, maxLength);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw _tooLong(file, (await stat(file)).size, maxLength);
    throw new ConfigError(`${file}: cannot read file (${code ?? 'error'})`, { stage: 'source' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // V8 refuses a string over its limit with a RangeError; invalid UTF-8 is a TypeError.
    if ((error as Error)?.name === 'RangeError') throw _tooLong(file, bytes.length, maxLength);
    throw new ConfigError(`${file}: not valid UTF-8 (byte ${_firstInvalidUtf8(bytes)})`, { stage: 'source' });
  }
  if (text.length > maxLength) throw _tooLong(file, bytes.length, maxLength);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON${_describeJsonError(text, error as Error)}`, { stage: 'source' });
  }
}

function _requireArray(value: JsonValue | undefined, file: string, path: string): JsonValue[] {
  if (!Array.isArray(value)) {
    throw new ConfigError(`${file}: ${path === '$' ? 'the file' : path} must be a JSON array, found ${value === undefined ? 'nothing' : value === null ? 'null' : typeof value}`, { stage: 'source', jsonPath: path });
  }
  return value;
}

/** JSON.parse does not say where the error is; jsonc-parser (strict settings) does, as an offset. */
function _describeJsonError(text: string, error: Error): string {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return `: ${error.message}`;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return ` at line ${line} column ${column}: ${printParseErrorCode(first.error)}`;
}

function _firstInvalidUtf8(bytes: Buffer): number {
  // Only runs once the whole-buffer decode failed, so a byte-by-byte streaming pass is affordable.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return _sequenceStart(bytes, i);
    }
  }
  return bytes.length;
}

/** The decoder notices a truncated multi-byte sequence only at the byte after it: point at its lead byte. */
function _sequenceStart(bytes: Buffer, detectedAt: number): number {
  for (let k = detectedAt - 1; k >= Math.max(0, detectedAt - 3); k--) {
    const byte = bytes[k]!;
    if (byte >= 0xc0) return k;
    if (byte < 0x80) break;
  }
  return detectedAt;
}
