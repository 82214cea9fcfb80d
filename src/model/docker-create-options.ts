import { isJsonObject, type JsonObject, type JsonValue } from './json.js';
import type { Problem } from './problem.js';

/**
 * How the IoT Edge agent reads createOptions members, so that this tool reads them the same way.
 *
 * The agent deserialises createOptions with Newtonsoft.Json into its `CreateContainerParameters`
 * (Azure/iotedge edge-agent/src/Microsoft.Azure.Devices.Edge.Agent.Docker/models/CreateContainerParameters.cs):
 * `Env`, `ExposedPorts`, `HostConfig` (Docker.DotNet's typed `HostConfig`), `Image`, `Labels`, `Name` and
 * `NetworkingConfig` are typed members; every other member is kept raw (`[JsonExtensionData] OtherProperties`)
 * and sent to Docker, whose Go decoder (encoding/json) reads it.
 *
 * - Member names: Newtonsoft and Go both match a member name exactly first, then case-insensitively, so
 *   `hostConfig.privileged` is `HostConfig.Privileged` and `cmd` is `Cmd`.
 * - Values: Newtonsoft converts a primitive to the type of a typed member (`"true"` → true, `"1024"` → 1024,
 *   `8080` → `"8080"`, `1` → true); a string that does not convert fails the module. Go does not convert:
 *   `"Tty": "true"` outside HostConfig is left as written, and the translator refuses it as Docker does.
 */

/** A value type of the typed model. */
type Kind =
  | 'bool'
  | 'int'
  | 'string'
  | 'strings'
  | 'stringMap'
  | 'any'
  | { readonly object: Readonly<Record<string, Kind>> }
  | { readonly list: Kind }
  | { readonly map: Kind };

const obj = (members: Readonly<Record<string, Kind>>): Kind => ({ object: members });
const list = (item: Kind): Kind => ({ list: item });
const map = (value: Kind): Kind => ({ map: value });

const THROTTLE_DEVICE = list(obj({ Path: 'string', Rate: 'int' }));

/** Docker.DotNet `HostConfig` (the JSON names of its DataMember attributes) with the member types. */
const HOST_CONFIG: Readonly<Record<string, Kind>> = {
  Binds: 'strings',
  ContainerIDFile: 'string',
  LogConfig: obj({ Type: 'string', Config: 'stringMap' }),
  NetworkMode: 'string',
  PortBindings: map(list(obj({ HostIp: 'string', HostPort: 'string' }))),
  RestartPolicy: obj({ Name: 'string', MaximumRetryCount: 'int' }),
  AutoRemove: 'bool',
  VolumeDriver: 'string',
  VolumesFrom: 'strings',
  CapAdd: 'strings',
  CapDrop: 'strings',
  CgroupnsMode: 'string',
  Dns: 'strings',
  DnsOptions: 'strings',
  DnsSearch: 'strings',
  ExtraHosts: 'strings',
  GroupAdd: 'strings',
  IpcMode: 'string',
  Cgroup: 'string',
  Links: 'strings',
  OomScoreAdj: 'int',
  PidMode: 'string',
  Privileged: 'bool',
  PublishAllPorts: 'bool',
  ReadonlyRootfs: 'bool',
  SecurityOpt: 'strings',
  StorageOpt: 'stringMap',
  Tmpfs: 'stringMap',
  UTSMode: 'string',
  UsernsMode: 'string',
  ShmSize: 'int',
  Sysctls: 'stringMap',
  Runtime: 'string',
  ConsoleSize: list('int'),
  Isolation: 'string',
  CpuShares: 'int',
  Memory: 'int',
  NanoCpus: 'int',
  CgroupParent: 'string',
  BlkioWeight: 'int',
  BlkioWeightDevice: list(obj({ Path: 'string', Weight: 'int' })),
  BlkioDeviceReadBps: THROTTLE_DEVICE,
  BlkioDeviceWriteBps: THROTTLE_DEVICE,
  BlkioDeviceReadIOps: THROTTLE_DEVICE,
  BlkioDeviceWriteIOps: THROTTLE_DEVICE,
  CpuPeriod: 'int',
  CpuQuota: 'int',
  CpuRealtimePeriod: 'int',
  CpuRealtimeRuntime: 'int',
  CpusetCpus: 'string',
  CpusetMems: 'string',
  Devices: list(obj({ PathOnHost: 'string', PathInContainer: 'string', CgroupPermissions: 'string' })),
  DeviceCgroupRules: 'strings',
  DeviceRequests: list(obj({ Driver: 'string', Count: 'int', DeviceIDs: 'strings', Capabilities: list('strings'), Options: 'stringMap' })),
  KernelMemory: 'int',
  KernelMemoryTCP: 'int',
  MemoryReservation: 'int',
  MemorySwap: 'int',
  MemorySwappiness: 'int',
  OomKillDisable: 'bool',
  PidsLimit: 'int',
  Ulimits: list(obj({ Name: 'string', Soft: 'int', Hard: 'int' })),
  CpuCount: 'int',
  CpuPercent: 'int',
  IOMaximumIOps: 'int',
  IOMaximumBandwidth: 'int',
  Mounts: list(
    obj({
      Type: 'string',
      Source: 'string',
      Target: 'string',
      ReadOnly: 'bool',
      Consistency: 'string',
      BindOptions: obj({ Propagation: 'string', NonRecursive: 'bool' }),
      VolumeOptions: obj({ NoCopy: 'bool', Labels: 'stringMap', DriverConfig: obj({ Name: 'string', Options: 'stringMap' }) }),
      TmpfsOptions: obj({ SizeBytes: 'int', Mode: 'int' }),
    }),
  ),
  MaskedPaths: 'strings',
  ReadonlyPaths: 'strings',
  Init: 'bool',
};

/** Members of Docker's container Config that reach Docker raw (OtherProperties): names matched, values not converted. */
const RAW_MEMBERS = [
  'Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'Tty', 'OpenStdin', 'StdinOnce', 'Cmd',
  'ArgsEscaped', 'Volumes', 'WorkingDir', 'Entrypoint', 'NetworkDisabled', 'MacAddress', 'OnBuild', 'StopSignal', 'StopTimeout', 'Shell',
] as const;

/** The top level: the agent's typed members, Healthcheck (Go: names only), and the raw members. */
const TOP_LEVEL: Readonly<Record<string, Kind>> = {
  Env: 'strings',
  ExposedPorts: map('any'),
  HostConfig: obj(HOST_CONFIG),
  Image: 'string',
  Labels: 'stringMap',
  Name: 'string',
  NetworkingConfig: 'any',
  Healthcheck: 'any',
  ...Object.fromEntries(RAW_MEMBERS.map((name) => [name, 'any' as Kind])),
};

/** Healthcheck is read by Docker's Go decoder: member names case-insensitive, values as written. */
const HEALTHCHECK_MEMBERS = ['Test', 'Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'];

/** One place where createOptions were read by the agent's rules rather than as strict, exactly-cased JSON. */
export interface CreateOptionsReading {
  /** `syntax`: not strict JSON; `name`: a member name in another case; `value`: a primitive converted to the member's type. */
  readonly kind: 'syntax' | 'name' | 'value';
  /** Path below createOptions, canonical names (`['HostConfig', 'Privileged']`). */
  readonly path: readonly string[];
  /** What was read how, in one sentence; never quotes a value (createOptions may hold credentials). */
  readonly note: string;
}

/**
 * Reads parsed createOptions as the agent does (see above): member names matched case-insensitively and
 * rewritten to Docker's names, primitives converted where the agent's model is typed. A member written twice
 * (in two spellings) keeps the later value, as Newtonsoft sets a member each time it reads it; two objects are
 * merged, as Newtonsoft populates the object it already holds. `problems` receives a value the agent cannot
 * convert (the agent fails the module), with paths relative to createOptions. Unknown members are kept as they are.
 */
export function readDockerCreateOptions(parsed: JsonObject, problems: Problem[]): { options: JsonObject; readings: CreateOptionsReading[] } {
  const readings: CreateOptionsReading[] = [];
  const options = _readObject(parsed, TOP_LEVEL, [], readings, problems, true);
  return { options, readings };
}

function _readObject(
  value: JsonObject,
  members: Readonly<Record<string, Kind>>,
  path: readonly string[],
  readings: CreateOptionsReading[],
  problems: Problem[],
  typed: boolean,
): JsonObject {
  const canonical = new Map(Object.keys(members).map((name) => [name.toLowerCase(), name]));
  const result: JsonObject = {};
  for (const [key, raw] of Object.entries(value)) {
    // Own members only: a key such as `valueOf` or `constructor` (legal in JSON) must not find Object.prototype.
    const name = Object.hasOwn(members, key) ? key : (canonical.get(key.toLowerCase()) ?? key);
    if (name !== key) {
      readings.push({ kind: 'name', path: [...path, name], note: `member name '${key}' read as '${name}': the IoT Edge agent (Newtonsoft) and Docker match member names case-insensitively.` });
    }
    const kind = Object.hasOwn(members, name) ? members[name] : undefined;
    const read = kind === undefined ? raw : _readValue(raw, kind, [...path, name], readings, problems, typed && !(RAW_MEMBERS as readonly string[]).includes(name));
    const before = result[name];
    _define(result, name, isJsonObject(before) && isJsonObject(read) ? { ...before, ...read } : read);
  }
  return result;
}

function _readValue(value: JsonValue, kind: Kind, path: string[], readings: CreateOptionsReading[], problems: Problem[], typed: boolean): JsonValue {
  if (value === null) return null;
  if (kind === 'any') {
    if (path.length === 1 && path[0] === 'Healthcheck' && isJsonObject(value)) {
      return _readObject(value, Object.fromEntries(HEALTHCHECK_MEMBERS.map((m) => [m, 'any' as Kind])), path, readings, problems, false);
    }
    return value;
  }
  if (kind === 'bool' || kind === 'int' || kind === 'string') return typed ? _convert(value, kind, path, readings, problems) : value;
  if (kind === 'strings') return _readValue(value, { list: 'string' }, path, readings, problems, typed);
  if (kind === 'stringMap') return _readValue(value, { map: 'string' }, path, readings, problems, typed);
  if ('object' in kind) return isJsonObject(value) ? _readObject(value, kind.object, path, readings, problems, typed) : value;
  if ('list' in kind) return Array.isArray(value) ? value.map((item, i) => _readValue(item, kind.list, [...path, String(i)], readings, problems, typed)) : value;
  if (!isJsonObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) _define(result, key, _readValue(item, kind.map, [...path, key], readings, problems, typed));
  return result;
}

/** Newtonsoft's conversion of a JSON primitive to a typed member (Convert.ChangeType, invariant culture). */
function _convert(value: JsonValue, kind: 'bool' | 'int' | 'string', path: string[], readings: CreateOptionsReading[], problems: Problem[]): JsonValue {
  const where = path.join('.');
  const converted = (to: JsonValue, what: string): JsonValue => {
    readings.push({ kind: 'value', path, note: `${what} read as ${kind === 'bool' ? 'a boolean' : kind === 'int' ? 'a number' : 'a string'}: the IoT Edge agent (Newtonsoft) converts it to the type of ${where}.` });
    return to;
  };
  if (kind === 'bool') {
    if (typeof value === 'string') {
      // Boolean.Parse: case-insensitive "true"/"false", surrounding white space ignored.
      const text = value.trim().toLowerCase();
      if (text === 'true' || text === 'false') return converted(text === 'true', 'a string');
      problems.push({ path, message: `${where}: a string that is not true or false; the IoT Edge agent cannot read it as a boolean and fails the module` });
      return value;
    }
    if (typeof value === 'number') return converted(value !== 0, 'a number');
    return value;
  }
  if (kind === 'int') {
    if (typeof value === 'string') {
      // Int64.Parse with NumberStyles.Integer: optional sign and surrounding white space, decimal digits only.
      const text = value.trim();
      if (/^[-+]?[0-9]+$/.test(text) && Number.isSafeInteger(Number(text))) return converted(Number(text), 'a string');
      problems.push({ path, message: `${where}: a string that is not an integer; the IoT Edge agent cannot read it as a number and fails the module` });
      return value;
    }
    if (typeof value === 'boolean') return converted(value ? 1 : 0, 'a boolean');
    return value;
  }
  // A number or boolean where the model has a string: Newtonsoft writes it as text (booleans as .NET's True/False).
  if (typeof value === 'number') return converted(String(value), 'a number');
  if (typeof value === 'boolean') return converted(value ? 'True' : 'False', 'a boolean');
  return value;
}

/** Sets a key even when it is `__proto__` (plain assignment would change the prototype instead). */
function _define(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
