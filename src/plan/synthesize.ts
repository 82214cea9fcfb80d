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
import { clusterInventoryFile } from '../names.js';
import { selectsCluster, type ClusterSelection } from './cluster-selection.js';
import { clusterInventories } from './cluster-inventories.js';
import { checkObjectSizes } from '../render/object-size-limit.js';
import { targetDevices } from '../targeting/index.js';
import type { DeviceTarget } from '../targeting/device-target.js';
import { clusterTagError, DEFAULT_TRANSLATE_OPTIONS, deviceIdentity, translateDevice, type DeviceIdentity, type TranslateOptions } from '../translate/index.js';
import type { Fidelity, LedgerEntry } from '../translate/ledger.js';
import type { PreviousOutput } from './previous-output.js';
import type { StageProfiler } from './stage-profiler.js';
import { DeviceFamilies } from './device-families.js';
import { LedgerTable } from './ledger-table.js';
import { TranslateInputHasher } from './translate-input-hash.js';
import { redactSnapshot } from '../model/redact-snapshot.js';
import type { JsonObject, JsonValue } from '../model/json.js';
import type { EdgeDeployment } from '../model/edge-deployment.js';
import { TOOL_VERSION } from '../tool-version.js';
import { compareOrdinal } from '../ordinal-compare.js';
import { renderInputHash } from './render-input-hash.js';
import { deviceFilesHash } from './device-files-hash.js';
import type { IsolationOptions } from '../translate/isolation-options.js';
import { isPodSecurityLevel, type PodSecurityLevel } from '../translate/pod-security-level.js';
import type { SecretValueSource } from '../translate/secret-value-source.js';

/** Options of one synth run (flags resolved by the CLI). */
export interface SynthOptions {
  /** Twin tag naming the device's cluster. @default 'cluster' */
  readonly clusterTag?: string;
  /** Where ExternalSecrets read from. @default { name: 'iotedge-secrets', kind: 'ClusterSecretStore' } */
  readonly secretStore?: TranslateOptions['secretStore'];
  /** Replaces `$upstream` in nested-edge images (`--upstream-host`). @default the parent device id from the twin */
  readonly upstreamHost?: string;
  /** Where edgeHub's certificate comes from (`--cert-issuer`, `--certs-from-secret-store`). @default cert-manager, ClusterIssuer iotedge-ca */
  readonly certificates?: TranslateOptions['certificates'];
  /** Any `dropped` ledger entry fails the device (which keeps its last good output). @default false */
  readonly strict?: boolean;
  /** Network policy, Pod Security and resource bounds of each device namespace. @default {} (see IsolationOptions) */
  readonly isolation?: IsolationOptions;
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
  /**
   * Hears, for each device translated and rendered without error, the secret-store keys its ExternalSecrets read
   * whose values its deployment holds, and where (`provision` writes them). Called in device order. @default none
   */
  readonly onSecretSources?: (target: DeviceTarget, sources: readonly SecretValueSource[]) => void;
  /**
   * Work only on these clusters' devices (`--cluster`, `--shard`): the others are neither translated nor rendered,
   * nor in the inventory, and the plan carries the selection so that nothing outside their folders is written or
   * removed. A device whose cluster tag is not a string (its cluster cannot be named) is reported by every run; its
   * entry is kept by the run that selects the cluster of its last good output. @default every cluster
   */
  readonly selection?: ClusterSelection;
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
  return synthesizeModel(_timer(options)('model', () => loadModel(snapshot)), options);
}

/** As `synthesize`, from the model of the snapshot (a run that reads the model before it synthesizes loads it once). */
export function synthesizeModel(model: HubModel, options: SynthOptions = {}): SynthResult {
  const time = _timer(options);
  const loop = new _SynthLoop(model, options, time);
  // A shard targets only its clusters' devices: at 10,000 devices targeting the whole hub was a sixth of a shard's run.
  const candidates = options.selection === undefined ? model : { ...model, devices: model.devices.filter((device) => loop.mayBeSelected(device)) };
  // A copy the loop may clear as it goes (the array targeting returned stays as it was).
  const all = time('targeting', () => targetDevices(candidates));
  const targets: (DeviceTarget | undefined)[] = options.selection === undefined ? [...all] : all.filter((target) => loop.selects(target));
  for (const target of targets) loop.families.count(target!);
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index]!;
    // Without details nothing reads a target after its device is done: let it go (a third of the heap at 10,000).
    if (!loop.details) targets[index] = undefined;
    loop.device(target);
  }
  return loop.result(targets);
}

function _timer(options: SynthOptions) {
  return <T>(stage: Parameters<StageProfiler['time']>[0], work: () => T): T => (options.profiler ? options.profiler.time(stage, work) : work());
}

/** The fields that open a device's inventory entry, in the order inventory.json has them (step 1 of the loop). */
interface _EntryHead {
  readonly deviceId: string;
  readonly cluster: string;
  readonly namespace: string;
  readonly baseDeployment: string | null;
  readonly layeredDeployments: string[];
}

/** A device translated (and rendered, unless its recorded render input is unchanged). */
interface _Produced {
  /** Undefined when the directory an earlier run wrote for the same render input is reused. */
  readonly files: ReadonlyMap<string, string> | undefined;
  readonly ledger: readonly LedgerEntry[];
  readonly inputHash: string;
  readonly modules: string[];
  /** The Pod Security level the device's pods need, recorded in the inventory. */
  readonly podSecurity: PodSecurityLevel | undefined;
}

/**
 * The loop over devices as named steps: identify → reuse? → translate → render → deliver → record. Holds what the
 * run accumulates (the plan's directory lists, inventory entries, ledgers, counts).
 */
class _SynthLoop {
  readonly details: boolean;
  readonly families: DeviceFamilies;
  private readonly _options: TranslateOptions;
  private readonly _codeVersion: string;
  private readonly _inputHasher: TranslateInputHasher;
  private readonly _namespaceOwners: Map<string, string[]>;
  private readonly _identities = new WeakMap<EdgeDevice, DeviceIdentity>();
  private readonly _previousEntries: Map<string, InventoryDevice>;
  private readonly _ledgerTable = new LedgerTable();
  private readonly _files = new Map<string, string>();
  private readonly _deviceDirs: string[] = [];
  private readonly _keep: string[] = [];
  private readonly _unchanged: string[] = [];
  private readonly _delivered: string[] = [];
  private readonly _keepNamespaces: string[] = [];
  private readonly _entries: InventoryDevice[] = [];
  private readonly _ledgers = new Map<string, readonly LedgerEntry[]>();
  private readonly _ledgerSummary: LedgerSummary = { exact: 0, approximate: 0, dropped: 0 };
  private readonly _edited: string[] = [];
  private readonly _clusterSelected = new Map<string, boolean>();
  private readonly _messages: string[];
  private readonly _warnings: string[];
  private _unmanaged = 0;
  private _failed = 0;

  constructor(
    private readonly _model: HubModel,
    private readonly _synth: SynthOptions,
    private readonly _time: <T>(stage: Parameters<StageProfiler['time']>[0], work: () => T) => T,
  ) {
    this._options = translateOptionsOf(_model, _synth);
    this._messages = _model.errors.map((e) => e.describe());
    this._warnings = [...(_model.deploymentWarnings?.values() ?? [])].flat().map((e) => e.describe());
    this._namespaceOwners = _namespaceOwners(_model.devices.map((device) => this._identityOf(device)));
    this._codeVersion = _synth.codeVersion ?? TOOL_VERSION;
    this._inputHasher = new TranslateInputHasher(this._codeVersion, this._options, _redactedContents(_model));
    this.families = new DeviceFamilies(this._options);
    this._previousEntries = _previousEntries(_synth.previous);
    this.details = _synth.details ?? true;
  }

  /** False when the device's cluster is named and not selected; the others are decided after targeting by `selects`. */
  mayBeSelected(device: EdgeDevice): boolean {
    return clusterTagError(device, this._options.clusterTag) !== undefined || this._selectsCluster(this._identityOf(device).cluster);
  }

  /** The device's place (`deviceIdentity`), named once per device however many steps ask for it. */
  private _identityOf(device: EdgeDevice): DeviceIdentity {
    let identity = this._identities.get(device);
    if (identity === undefined) {
      identity = deviceIdentity(this._model.hub, device, this._options.clusterTag);
      this._identities.set(device, identity);
    }
    return identity;
  }

  /** `selectsCluster` once per cluster name (a shard's test hashes the name). */
  private _selectsCluster(cluster: string): boolean {
    let selected = this._clusterSelected.get(cluster);
    if (selected === undefined) {
      selected = selectsCluster(this._synth.selection, cluster);
      this._clusterSelected.set(cluster, selected);
    }
    return selected;
  }

  /**
   * True when the device's cluster is selected (`SynthOptions.selection`). A device whose cluster cannot be named is
   * reported here by every selected run; it stays in the run only when its last good output is in a selected cluster.
   */
  selects(target: DeviceTarget): boolean {
    const selection = this._synth.selection;
    const { device } = target;
    if (!clusterTagError(device, this._options.clusterTag)) return this._selectsCluster(this._identityOf(device).cluster);
    const before = _anyEntry(this._synth.previous, device.deviceId);
    if (before !== undefined && selectsCluster(selection, before.cluster)) return true;
    const { errors } = this._identify(target);
    this._messages.push(...errors.map((e) => _withDevice(e, device.deviceId)));
    return false;
  }

  /** One device, through every step it needs. */
  device(target: DeviceTarget): void {
    const { identity, head, errors } = this._identify(target);
    const { dir } = identity;
    if (target.base === null && errors.length === 0) {
      // IoT Hub leaves a device that no base deployment targets running what it has: so do we.
      this._unmanaged++;
      this._keep.push(dir);
      this._entries.push({ ...head, path: null, modules: [] });
      return;
    }
    const before = this._previousEntries.get(identity.deviceId);
    const sourceHash = errors.length === 0 ? this._inputHasher.hash(target, identity) : undefined;
    if (sourceHash !== undefined && this._reuseUntranslated(target, head, dir, before, sourceHash)) return;
    let produced: _Produced | undefined;
    if (errors.length === 0) {
      try {
        produced = this._translateAndRender(target, identity, before);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw _internal(error, identity.deviceId);
        errors.push(error);
      }
    }
    if (produced === undefined) return this._recordFailed(target, head, dir, errors);
    const filesHash = produced.files === undefined ? this._reuseRendered(dir, before) : this._deliver(identity.deviceId, dir, before, produced.files);
    this._record(head, dir, produced, sourceHash, filesHash);
  }

  /** Step 1: the device's namespace, cluster and directory, and what already makes it fail. */
  private _identify(target: DeviceTarget): { identity: DeviceIdentity; head: _EntryHead; errors: IotEdgeGitopsError[] } {
    const { device } = target;
    const named = this._identityOf(device);
    const clusterError = clusterTagError(device, this._options.clusterTag);
    // An unknown cluster: the last good output stays wherever it is, and the inventory keeps pointing there.
    const before = clusterError ? _anyEntry(this._synth.previous, device.deviceId) : undefined;
    const identity: DeviceIdentity = before === undefined ? named : { ...named, cluster: before.cluster, dir: before.path ?? named.dir };
    const { deviceId, cluster, namespace } = identity;
    const head: _EntryHead = { deviceId, cluster, namespace, baseDeployment: target.base?.id ?? null, layeredDeployments: target.layers.map((l) => l.id) };
    const errors: IotEdgeGitopsError[] = [...target.errors];
    if (clusterError) {
      errors.push(clusterError);
      this._keepNamespaces.push(namespace);
    }
    const sharing = this._namespaceOwners.get(namespace)!;
    if (sharing.length > 1) {
      errors.push(new ConfigError(`namespace '${namespace}' would be shared by devices ${sharing.map((d) => `'${d}'`).join(', ')}`, { stage: 'translate', deviceId: device.deviceId }));
    }
    return { identity, head, errors };
  }

  /**
   * Step 2 (reuse?): same translate input as the run that wrote this directory, which is still there: nothing to
   * translate or render. Records the device and returns true; false when it must be translated.
   */
  private _reuseUntranslated(target: DeviceTarget, head: _EntryHead, dir: string, before: InventoryDevice | undefined, sourceHash: string): boolean {
    const adopted = _adopt(before, sourceHash, dir, this._synth.previous, this._ledgerTable);
    if (adopted === undefined) return false;
    this._keep.push(dir);
    this._unchanged.push(dir);
    for (const rows of adopted.rows.values()) for (const row of rows) this._ledgerSummary[row.fidelity]++;
    if (this.details) {
      const ledger = [...adopted.rows].flatMap(([module, rows]) => rows.map((row): LedgerEntry => ({ deviceId: head.deviceId, module, ...row })));
      // In translate's order, as if the device had been translated.
      this._ledgers.set(head.deviceId, ledger.sort((a, b) => compareOrdinal(a.module, b.module) || compareOrdinal(a.key, b.key) || compareOrdinal(a.jsonPath, b.jsonPath)));
    }
    this._entries.push({ ...head, path: dir, modules: _moduleNames(target), ...(typeof adopted.entry.podSecurity === 'string' && isPodSecurityLevel(adopted.entry.podSecurity) ? { podSecurity: adopted.entry.podSecurity } : {}), ledger: adopted.entry.ledger, inputHash: adopted.entry.inputHash, sourceHash, filesHash: adopted.entry.filesHash });
    return true;
  }

  /**
   * Steps 3 and 4: translates the device, then renders it unless the directory an earlier run wrote for the same
   * render input (`renderInputHash`) is still there (then `files` is undefined).
   */
  private _translateAndRender(target: DeviceTarget, identity: DeviceIdentity, before: InventoryDevice | undefined): _Produced {
    const { intent, ledger, secretSources } = this._time('translate', () => translateDevice(target, identity, this._options));
    const inputHash = renderInputHash(intent, this._codeVersion);
    let files: ReadonlyMap<string, string> | undefined;
    // Same render input as the run that wrote this directory, and it is still there: its files are what we would write.
    if (_recorded(before, identity.dir, this._synth.previous)?.inputHash !== inputHash) {
      const rendered = this._time('render', () => this.families.render(target, intent, this._time));
      checkObjectSizes(intent, rendered);
      files = rendered.files;
    }
    this._synth.onSecretSources?.(target, secretSources);
    return { files, ledger, inputHash, modules: _moduleNames(target), podSecurity: intent.podSecurityLevel };
  }

  /** Step 2 again, after translate: the directory is kept as it is; returns its recorded `filesHash`. */
  private _reuseRendered(dir: string, before: InventoryDevice | undefined): string | undefined {
    this._keep.push(dir);
    this._unchanged.push(dir);
    return _recorded(before, dir, this._synth.previous)!.filesHash;
  }

  /** Step 5: hands the rendered directory to the writer (or the plan's files); returns its `filesHash`. */
  private _deliver(deviceId: string, dir: string, before: InventoryDevice | undefined, files: ReadonlyMap<string, string>): string {
    this._deviceDirs.push(dir);
    const filesHash = deviceFilesHash(files);
    if (_editedOutside(before, dir, this._synth.previous)) this._edited.push(deviceId);
    if (this._synth.onDevice) {
      this._synth.onDevice(dir, files);
      this._delivered.push(dir);
    } else {
      for (const [name, content] of files) this._files.set(`${dir}/${name}`, content);
    }
    return filesHash;
  }

  /** Step 6: the device's inventory entry, ledger and counts. */
  private _record(head: _EntryHead, dir: string, produced: _Produced, sourceHash: string | undefined, filesHash: string | undefined): void {
    for (const entry of produced.ledger) this._ledgerSummary[entry.fidelity]++;
    if (this.details) this._ledgers.set(head.deviceId, produced.ledger);
    this._entries.push({ ...head, path: dir, modules: produced.modules, ...(produced.podSecurity !== undefined ? { podSecurity: produced.podSecurity } : {}), ledger: this._ledgerTable.add(produced.ledger), inputHash: produced.inputHash, sourceHash, filesHash });
  }

  /** Step 6 for a device that failed: it keeps its last good output, and the inventory says why. */
  private _recordFailed(target: DeviceTarget, head: _EntryHead, dir: string, errors: readonly IotEdgeGitopsError[]): void {
    this._failed++;
    this._keep.push(dir);
    const described = errors.map((e) => _withDevice(e, head.deviceId));
    this._messages.push(...described);
    this._entries.push({ ...head, path: dir, modules: target.manifest ? _moduleNames(target) : [], errors: described });
  }

  /** The run's result once every device went through the loop. */
  result(targets: readonly (DeviceTarget | undefined)[]): SynthResult {
    const model = this._model;
    const inventory: Inventory = {
      hub: model.hub,
      hostName: model.hostName,
      configurations: model.deployments.map((d) => ({ id: d.id, kind: d.kind, priority: d.priority, etag: d.etag })),
      devices: this._entries.sort((a, b) => compareOrdinal(a.deviceId, b.deviceId)),
      ledgers: this._ledgerTable.rows(),
    };
    const streamed = this._synth.onDevice !== undefined;
    if (!streamed) {
      this._time('inventory', () => {
        for (const [cluster, part] of clusterInventories(inventory)) this._files.set(clusterInventoryFile(cluster), JSON.stringify(part, null, 2) + '\n');
      });
    }
    return {
      plan: {
        files: this._files,
        deviceDirs: this._deviceDirs.sort(),
        keep: this._keep.sort(),
        unchanged: this._unchanged.sort(),
        ...(streamed ? { delivered: this._delivered.sort() } : {}),
        ...(this._keepNamespaces.length > 0 ? { keepNamespaces: this._keepNamespaces.sort() } : {}),
        inventory,
        ...(this._synth.selection !== undefined ? { selection: this._synth.selection } : {}),
      },
      exitCode: this._failed > 0 || this._messages.length > 0 ? 2 : 0,
      messages: this._messages,
      warnings: this._warnings,
      ledgerSummary: this._ledgerSummary,
      synthesized: this._deviceDirs.length + this._unchanged.length,
      unmanaged: this._unmanaged,
      failed: this._failed,
      edited: this._edited.sort(compareOrdinal),
      targets: this.details ? (targets as DeviceTarget[]) : [],
      ledgers: this._ledgers,
    };
  }
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
    ...(options.isolation !== undefined ? { isolation: options.isolation } : {}),
    ...(options.certificates !== undefined ? { certificates: options.certificates } : {}),
  };
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
  return [manifest.edgeHub.name, ...manifest.modules.map((m) => m.name)].sort(compareOrdinal);
}

function _namespaceOwners(identities: readonly DeviceIdentity[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { deviceId, namespace } of identities) {
    const list = owners.get(namespace) ?? [];
    list.push(deviceId);
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
