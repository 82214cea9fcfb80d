/**
 * The synth pipeline as one pure function: snapshot → model → targeting → translate → render → OutputPlan.
 * No I/O here; `commands/synth.ts` writes the plan to --out and `commands/sync.ts` commits it to Git.
 */
import { ConfigError, IotEdgeGitopsError, InternalError } from '../errors.js';
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { loadModel } from '../model/load-model.js';
import type { EdgeDevice } from '../model/edge-device.js';
import type { HubModel } from '../model/hub-model.js';
import type { OutputPlan } from './output-plan.js';
import type { Inventory, InventoryDevice } from './inventory.js';
import { DEVICES_DIR, INVENTORY_FILE } from '../names.js';
import { checkObjectSizes } from '../render/object-size-limit.js';
import { targetDevices } from '../targeting/index.js';
import type { DeviceTarget } from '../targeting/device-target.js';
import { clusterTagError, DEFAULT_TRANSLATE_OPTIONS, deviceCluster, translateDevice, type TranslateOptions } from '../translate/index.js';
import type { Fidelity, LedgerEntry } from '../translate/ledger.js';
import { deviceNamespace } from '../names.js';
import type { PreviousOutput } from './previous-output.js';
import type { StageProfiler } from './stage-profiler.js';
import { DeviceFamilies } from './device-families.js';
import { LedgerTable } from './ledger-table.js';
import { TranslateInputHasher } from './translate-input-hash.js';
import { redactSnapshot } from '../model/redact-snapshot.js';
import type { JsonObject, JsonValue } from '../model/json.js';
import type { EdgeDeployment } from '../model/edge-deployment.js';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../translate/stable-json.js';
import { TOOL_VERSION } from '../tool-version.js';
import type { DeviceIntent } from '../translate/device-intent.js';
import { deviceFilesHash } from './device-files-hash.js';

/** Options of one synth run (flags resolved by the CLI). */
export interface SynthOptions {
  /** Twin tag naming the device's cluster. @default 'cluster' */
  readonly clusterTag?: string;
  /** Where ExternalSecrets read from. @default { name: 'iotedge-secrets', kind: 'ClusterSecretStore' } */
  readonly secretStore?: TranslateOptions['secretStore'];
  /** Replaces `$upstream` in nested-edge images (`--upstream-host`). @default the parent device id from the twin */
  readonly upstreamHost?: string;
  /** Any `dropped` ledger entry fails the device (which keeps its last good output). @default false */
  readonly strict?: boolean;
  /** Times each stage (the benchmark); the pipeline itself reads no clock. @default none */
  readonly profiler?: StageProfiler;
  /**
   * The output an earlier run left (read by the command from --out or the work tree). For a device whose
   * directory is present and that had no errors then: the same translate input hash (`sourceHash`) → neither
   * translated nor rendered (its recorded ledger and `inputHash` are kept); else the same render input hash
   * (`inputHash`, see `renderInputHash`) → translated but not rendered. Either way its directory goes to
   * `plan.unchanged` (and `plan.keep`).
   * @default none: every device is rendered
   */
  readonly previous?: PreviousOutput;
  /**
   * Render devices of one family (same base and layered deployments) from a shared template (see DeviceFamilies).
   * Output is byte-identical either way; false exists so tests can prove it. @default true
   */
  readonly grouping?: boolean;
  /**
   * Receives each rendered device directory as soon as it is rendered (`synth` passes a streaming writer, see
   * `openOutput`), instead of the files being collected in `plan.files`: the run then never holds the fleet's
   * files at once. Those directories are listed in `plan.deviceDirs` and `plan.delivered`. Called in device order;
   * an exception it throws ends the run. inventory.json is then not in `plan.files` either: the streaming
   * writer writes it from `plan.inventory` piece by piece. @default none: files go to `plan.files`
   */
  readonly onDevice?: (dir: string, files: ReadonlyMap<string, string>) => void;
  /**
   * Keep every device's targeting answer and ledger for the result (`targets`, `ledgers`), as `explain` needs.
   * false lets each device's targeting data go as soon as it is written (a large fleet's biggest live data):
   * `targets` and `ledgers` are then empty. @default true
   */
  readonly details?: boolean;
  /**
   * Names the code in the recorded hashes (`sourceHash`, `inputHash`), so that a run of other code trusts none
   * an earlier one recorded; the commands pass `codeFingerprint()`. @default TOOL_VERSION
   */
  readonly codeVersion?: string;
}

/** Counts of ledger entries by fidelity, over all devices written. */
export type LedgerSummary = Record<Fidelity, number>;

/** What a synth run produced. */
export interface SynthResult {
  readonly plan: OutputPlan;
  /** 0 = every device synthesized; 2 = some devices kept their last good output (see messages). */
  readonly exitCode: 0 | 2;
  /** One line per problem, each naming configuration, device, module and JSON path where known. */
  readonly messages: readonly string[];
  /** Things worth knowing that change nothing (e.g. unknown manifest properties the agent ignores). */
  readonly warnings: readonly string[];
  readonly ledgerSummary: LedgerSummary;
  /** Devices with a directory in this run. */
  readonly synthesized: number;
  /** Edge devices that no base deployment targets (no directory, nothing deleted). */
  readonly unmanaged: number;
  /** Devices that kept their last good output because of errors. */
  readonly failed: number;
  /**
   * Device ids, sorted, rendered again because their directory was edited, added to or cut outside the tool since
   * the run that recorded it (`PreviousOutput.editedDirs`): this run restores what the hub says.
   */
  readonly edited: readonly string[];
  /** The targeting answer per device, for `explain`. */
  readonly targets: readonly DeviceTarget[];
  /** Ledger per device id, for `explain`. */
  readonly ledgers: ReadonlyMap<string, readonly LedgerEntry[]>;
}

/** Runs every pure stage over a snapshot. Throws only for internal errors; input problems are in `messages`. */
export function synthesize(snapshot: HubSnapshot, options: SynthOptions = {}): SynthResult {
  const time = <T>(stage: Parameters<StageProfiler['time']>[0], work: () => T): T => (options.profiler ? options.profiler.time(stage, work) : work());
  const model = time('model', () => loadModel(snapshot));
  const translateOptions = translateOptionsOf(model, options);
  const messages = model.errors.map((e) => e.describe());
  const warnings = [...(model.deploymentWarnings?.values() ?? [])].flat().map((e) => e.describe());
  // A copy the loop may clear as it goes (the array targeting returned stays as it was).
  const targets: (DeviceTarget | undefined)[] = time('targeting', () => [...targetDevices(model)]);
  const namespaceOwners = _namespaceOwners(model.hub, model.devices);
  const files = new Map<string, string>();
  const deviceDirs: string[] = [];
  const keep: string[] = [];
  const unchanged: string[] = [];
  const delivered: string[] = [];
  const keepNamespaces: string[] = [];
  const ledgerTable = new LedgerTable();
  const codeVersion = options.codeVersion ?? TOOL_VERSION;
  const inputHasher = new TranslateInputHasher(codeVersion, translateOptions, _redactedContents(model));
  const families = new DeviceFamilies(translateOptions, options.grouping ?? true);
  if (options.grouping ?? true) for (const target of targets) families.count(target!);
  const previous = _previousEntries(options.previous);
  const entries: InventoryDevice[] = [];
  const ledgers = new Map<string, readonly LedgerEntry[]>();
  const ledgerSummary: LedgerSummary = { exact: 0, approximate: 0, dropped: 0 };
  const edited: string[] = [];
  let unmanaged = 0;
  let failed = 0;

  const details = options.details ?? true;
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index]!;
    // Without details nothing reads a target after its device is done: let it go (a third of the heap at 10,000).
    if (!details) targets[index] = undefined;
    const { device } = target;
    const namespace = deviceNamespace(model.hub, device.deviceId);
    const clusterError = clusterTagError(device, translateOptions.clusterTag);
    // An unknown cluster: the last good output stays wherever it is, and the inventory keeps pointing there.
    const before = clusterError ? _anyEntry(options.previous, device.deviceId) : undefined;
    const cluster = before?.cluster ?? deviceCluster(device, translateOptions.clusterTag);
    const dir = before?.path ?? `${DEVICES_DIR}/${cluster}/${namespace}`;
    const identity = {
      deviceId: device.deviceId,
      cluster,
      namespace,
      baseDeployment: target.base?.id ?? null,
      layeredDeployments: target.layers.map((l) => l.id),
    };
    const errors = [...target.errors];
    if (clusterError) {
      errors.push(clusterError);
      keepNamespaces.push(namespace);
    }
    const sharing = namespaceOwners.get(namespace)!;
    if (sharing.length > 1) {
      errors.push(new ConfigError(`namespace '${namespace}' would be shared by devices ${sharing.map((d) => `'${d}'`).join(', ')}`, { stage: 'translate', deviceId: device.deviceId }));
    }
    if (target.base === null && errors.length === 0) {
      // IoT Hub leaves a device that no base deployment targets running what it has: so do we.
      unmanaged++;
      keep.push(dir);
      entries.push({ ...identity, path: null, modules: [] });
      continue;
    }
    let produced: ReturnType<typeof _produceDevice> | undefined;
    let reused = false;
    const sourceHash = errors.length === 0 ? inputHasher.hash(target) : undefined;
    const adopted = sourceHash === undefined ? undefined : _adopt(previous.get(device.deviceId), sourceHash, dir, options.previous, ledgerTable);
    if (adopted !== undefined) {
      // Same translate input as the run that wrote this directory, which is still there: nothing to translate or render.
      keep.push(dir);
      unchanged.push(dir);
      for (const rows of adopted.rows.values()) for (const row of rows) ledgerSummary[row.fidelity]++;
      if (details) {
        const ledger = [...adopted.rows].flatMap(([module, rows]) => rows.map((row): LedgerEntry => ({ deviceId: device.deviceId, module, ...row })));
        // In translate's order, as if the device had been translated.
        ledgers.set(device.deviceId, ledger.sort((a, b) => _compare(a.module, b.module) || _compare(a.key, b.key) || _compare(a.jsonPath, b.jsonPath)));
      }
      entries.push({ ...identity, path: dir, modules: _moduleNames(target), ledger: adopted.entry.ledger, inputHash: adopted.entry.inputHash, sourceHash, filesHash: adopted.entry.filesHash });
      continue;
    }
    if (errors.length === 0) {
      try {
        produced = _produceDevice(target, translateOptions, codeVersion, dir, time, families, (hash) => {
          // Same render input as the run that wrote this directory, and it is still there: its files are what we would write.
          reused = _recorded(previous.get(device.deviceId), dir, options.previous)?.inputHash === hash;
          return reused;
        });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw _internal(error, device.deviceId);
        errors.push(error);
      }
    }
    if (produced === undefined) {
      failed++;
      keep.push(dir);
      const described = errors.map((e) => _withDevice(e, device.deviceId));
      messages.push(...described);
      entries.push({ ...identity, path: dir, modules: target.manifest ? _moduleNames(target) : [], errors: described });
      continue;
    }
    let filesHash: string | undefined;
    if (reused) {
      keep.push(dir);
      unchanged.push(dir);
      filesHash = _recorded(previous.get(device.deviceId), dir, options.previous)!.filesHash;
    } else {
      deviceDirs.push(dir);
      filesHash = deviceFilesHash(produced.files!);
      if (_editedOutside(previous.get(device.deviceId), dir, options.previous)) edited.push(device.deviceId);
      if (options.onDevice) {
        options.onDevice(dir, produced.files!);
        delivered.push(dir);
      } else {
        for (const [name, content] of produced.files!) files.set(`${dir}/${name}`, content);
      }
    }
    for (const entry of produced.ledger) ledgerSummary[entry.fidelity]++;
    if (details) ledgers.set(device.deviceId, produced.ledger);
    entries.push({ ...identity, path: dir, modules: produced.modules, ledger: ledgerTable.add(produced.ledger), inputHash: produced.inputHash, sourceHash, filesHash });
  }

  const inventory: Inventory = {
    hub: model.hub,
    hostName: model.hostName,
    configurations: model.deployments.map((d) => ({ id: d.id, kind: d.kind, priority: d.priority, etag: d.etag })),
    devices: entries.sort((a, b) => _compare(a.deviceId, b.deviceId)),
    ledgers: ledgerTable.rows(),
  };
  if (!options.onDevice) time('inventory', () => files.set(INVENTORY_FILE, JSON.stringify(inventory, null, 2) + '\n'));
  return {
    plan: { files, deviceDirs: deviceDirs.sort(), keep: keep.sort(), unchanged: unchanged.sort(), ...(options.onDevice ? { delivered: delivered.sort() } : {}), ...(keepNamespaces.length > 0 ? { keepNamespaces: keepNamespaces.sort() } : {}), inventory },
    exitCode: failed > 0 || messages.length > 0 ? 2 : 0,
    messages,
    warnings,
    ledgerSummary,
    synthesized: deviceDirs.length + unchanged.length,
    unmanaged,
    failed,
    edited: edited.sort(_compare),
    targets: details ? (targets as DeviceTarget[]) : [],
    ledgers,
  };
}

/** Translate options for a run: the hub from the model, the rest from the flags or their defaults. */
export function translateOptionsOf(model: Pick<HubModel, 'hub' | 'hostName'>, options: SynthOptions): TranslateOptions {
  return {
    ...DEFAULT_TRANSLATE_OPTIONS,
    hub: model.hub,
    hostName: model.hostName,
    clusterTag: options.clusterTag ?? DEFAULT_TRANSLATE_OPTIONS.clusterTag,
    secretStore: options.secretStore ?? DEFAULT_TRANSLATE_OPTIONS.secretStore,
    strict: options.strict ?? false,
    ...(options.upstreamHost !== undefined ? { upstreamHost: options.upstreamHost } : {}),
  };
}

/**
 * Translates a device and renders it unless `reuse(inputHash)` says the directory an earlier run wrote for the
 * same render input is still there (then `files` is undefined). The input hash covers the tool version and the
 * whole DeviceIntent in canonical form: render is a pure function of it, and it never holds a secret, so a live
 * read and its redacted snapshot give the same hash.
 */
function _produceDevice(
  target: DeviceTarget,
  options: TranslateOptions,
  codeVersion: string,
  dir: string,
  time: <T>(stage: 'translate' | 'render', work: () => T) => T,
  families: DeviceFamilies,
  reuse: (inputHash: string) => boolean,
) {
  const { intent, ledger } = time('translate', () => translateDevice(target, options));
  const inputHash = renderInputHash(intent, codeVersion);
  let files: ReadonlyMap<string, string> | undefined;
  if (!reuse(inputHash)) {
    const rendered = time('render', () => families.render(target, intent, time));
    if (rendered.dir !== dir) throw new InternalError(`render placed device '${intent.deviceId}' in ${rendered.dir}, expected ${dir}`);
    checkObjectSizes(intent, rendered);
    files = rendered.files;
  }
  return { files, ledger, inputHash, modules: _moduleNames(target) };
}

/**
 * Hash of what a device's files are rendered from: the tool version and the intent in canonical JSON (keys
 * sorted, so a live read and its sorted snapshot hash alike). Render is a pure function of the intent, and the
 * intent never holds a secret.
 */
export function renderInputHash(intent: DeviceIntent, codeVersion: string = TOOL_VERSION): string {
  return createHash('sha256').update(codeVersion).update('\u0000').update(canonicalJson(intent)).digest('hex');
}

/**
 * The previous run's entry and ledger rows for a device it may reuse untranslated: same translate input hash,
 * same directory, still present, no errors then, and its ledger rows still readable. Else undefined.
 */
function _adopt(entry: InventoryDevice | undefined, sourceHash: string, dir: string, previous: PreviousOutput | undefined, ledgerTable: LedgerTable) {
  const before = _recorded(entry, dir, previous);
  if (before === undefined || before.sourceHash !== sourceHash || typeof before.inputHash !== 'string' || before.ledger === undefined) return undefined;
  const rows = ledgerTable.adopt(before.ledger, previous!.inventory.ledgers);
  return rows === undefined ? undefined : { entry: before, rows };
}

/**
 * The previous entry when it describes `dir` as the earlier run left it: written without errors, still present,
 * and its files still those it recorded (`filesHash`; an entry without one cannot prove it, so it is not trusted).
 */
function _recorded(before: InventoryDevice | undefined, dir: string, previous: PreviousOutput | undefined): InventoryDevice | undefined {
  return _written(before, dir, previous) && typeof before!.filesHash === 'string' && previous?.editedDirs?.has(dir) !== true ? before : undefined;
}

/** True when the earlier run wrote `dir` for this device and its files were changed outside the tool since. */
function _editedOutside(before: InventoryDevice | undefined, dir: string, previous: PreviousOutput | undefined): boolean {
  return _written(before, dir, previous) && previous?.editedDirs?.has(dir) === true;
}

function _written(before: InventoryDevice | undefined, dir: string, previous: PreviousOutput | undefined): boolean {
  return before !== undefined && before.path === dir && before.errors === undefined && previous?.presentDirs.has(dir) === true;
}

/**
 * Each deployment's modulesContent as the model holds it (content nested too deep already emptied there),
 * credentials redacted as `redactSnapshot` redacts a snapshot: what the translate input hash reads.
 */
function _redactedContents(model: HubModel): (deployment: EdgeDeployment) => JsonValue {
  const configurations: JsonValue[] = model.deployments.map((d) => ({ id: d.id, content: { modulesContent: d.modulesContent } }));
  const redacted = redactSnapshot({ hub: model.hub, configurations, devices: [] }).configurations;
  const byDeployment = new Map(model.deployments.map((d, i) => [d, ((redacted[i] as JsonObject)['content'] as JsonObject)['modulesContent']!]));
  return (deployment) => byDeployment.get(deployment) ?? null;
}

/** The previous inventory's entry for a device with a directory, whatever its hashes (a linear search: failed devices only). */
function _anyEntry(previous: PreviousOutput | undefined, deviceId: string): InventoryDevice | undefined {
  return previous?.inventory.devices.find((d) => d !== null && typeof d === 'object' && d.deviceId === deviceId && typeof d.path === 'string' && typeof d.cluster === 'string');
}

function _previousEntries(previous: PreviousOutput | undefined): Map<string, InventoryDevice> {
  const byId = new Map<string, InventoryDevice>();
  for (const entry of previous?.inventory.devices ?? []) if (typeof entry.inputHash === 'string') byId.set(entry.deviceId, entry);
  return byId;
}

function _moduleNames(target: DeviceTarget): string[] {
  const manifest = target.manifest;
  if (!manifest) return [];
  return [manifest.edgeHub.name, ...manifest.modules.map((m) => m.name)].sort(_compare);
}

function _namespaceOwners(hub: string, devices: readonly EdgeDevice[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const device of devices) {
    const namespace = deviceNamespace(hub, device.deviceId);
    const list = owners.get(namespace) ?? [];
    list.push(device.deviceId);
    owners.set(namespace, list);
  }
  return owners;
}

function _withDevice(error: IotEdgeGitopsError, deviceId: string): string {
  return error.deviceId === undefined ? `device '${deviceId}': ${error.describe()}` : error.describe();
}

function _internal(error: unknown, deviceId: string): InternalError {
  if (error instanceof InternalError) return error;
  return new InternalError(`unexpected failure while synthesizing device '${deviceId}': ${(error as Error)?.message ?? String(error)}`, { deviceId, cause: error });
}

/** Ordinal comparison: locale-independent so that output is the same on every machine. */
function _compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
