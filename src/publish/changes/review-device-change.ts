/**
 * One device's change in IoT Edge terms, for a reviewer: per module image, status, env names, ports, mounts,
 * privileges, resources and twin desired keys; edgeHub routes and store-and-forward; and apart, what needs acting
 * on before merging (secrets newly referenced, new module identities, a rising security posture). The lines name
 * no device, so devices receiving the same change get the same lines and can be grouped. Values of env variables
 * and twin properties never appear: only names and keys.
 */
import diff from 'microdiff';
import type { ModuleChange } from './module-changes.js';
import { readReviewFacts, type DeviceReviewFacts, type ModuleReviewFacts } from './review-facts.js';
import type { DeviceFile, DeviceFiles } from './device-file-documents.js';
import { compareOrdinal } from '../../ordinal-compare.js';

/** A secret the new output references and the old one did not: where the store must hold it. */
export interface SecretReference {
  /** `<ExternalSecret name>/<secretKey>`: the same for every device. */
  readonly ref: string;
  /** Remote key in the secret store (names the device). Never a value. */
  readonly remoteKey: string;
}

/** What a reviewer reads about one device, apart from who it is. */
export interface DeviceReview {
  /** Change lines, device-independent, in module order then routes, store-and-forward. */
  readonly changes: readonly string[];
  /** Secrets newly referenced, sorted by ref. */
  readonly secretsAdded: readonly SecretReference[];
  /** Modules that appear on the device: each needs an identity in IoT Hub and its connection string in the store. */
  readonly identitiesAdded: readonly string[];
  /** `module X: privileged`, `module X: hostNetwork`, `module X: host path /var/run`, … sorted. */
  readonly postureRises: readonly string[];
}

const _EMPTY_FACTS: DeviceReviewFacts = { modules: new Map(), twins: new Map(), routes: new Map(), storeAndForward: null, secretRefs: new Map() };

/** Twin keys are named down to this depth (`a.b.c`); deeper changes are named by their parent. */
const _TWIN_KEY_DEPTH = 3;

/**
 * Describes one device's change from its files before (null = absent) and after (null = removed), read by
 * `readDeviceFiles`, and the workload changes `diffWorkloads` found. Pure.
 */
export function reviewDeviceChange(before: DeviceFiles | null, after: DeviceFiles | null, modules: readonly ModuleChange[]): DeviceReview {
  // Every fact comes from one file, so a file identical on both sides adds the same facts to both and no change:
  // facts are read from the files that differ only (a fleet-wide image bump touches one file of ten per device).
  const a = before === null ? _EMPTY_FACTS : readReviewFacts(_differing(before, after));
  const b = after === null ? _EMPTY_FACTS : readReviewFacts(_differing(after, before));
  if (after === null) {
    const names = [...a.modules.keys()].sort(compareOrdinal);
    return { changes: names.length > 0 ? [`device removed with its modules ${names.join(', ')}`] : ['device removed'], secretsAdded: [], identitiesAdded: [], postureRises: [] };
  }
  const changes: string[] = [];
  const postureRises: string[] = [];
  const byModule = new Map(modules.map((m) => [m.module, m]));
  const names = [...new Set([...byModule.keys(), ...a.modules.keys(), ...b.modules.keys(), ...a.twins.keys(), ...b.twins.keys()])].sort(compareOrdinal);
  for (const name of names) {
    const line = _moduleLine(name, byModule.get(name), a.modules.get(name), b.modules.get(name), a.twins.get(name), b.twins.get(name));
    if (line !== null) changes.push(line);
    postureRises.push(..._postureRises(name, a.modules.get(name), b.modules.get(name)));
  }
  changes.push(..._routeLines(a.routes, b.routes));
  if (a.storeAndForward !== b.storeAndForward) changes.push(`store-and-forward ${a.storeAndForward ?? '(default)'} → ${b.storeAndForward ?? '(default)'}`);
  const secretsAdded = [...b.secretRefs]
    .filter(([ref, key]) => a.secretRefs.get(ref) !== key)
    .map(([ref, remoteKey]) => ({ ref, remoteKey }))
    .sort((x, y) => compareOrdinal(x.ref, y.ref));
  const identitiesAdded = modules.filter((m) => m.kind === 'added').map((m) => m.module).sort(compareOrdinal);
  return { changes, secretsAdded, identitiesAdded, postureRises: postureRises.sort(compareOrdinal) };
}

function _moduleLine(name: string, change: ModuleChange | undefined, a: ModuleReviewFacts | undefined, b: ModuleReviewFacts | undefined, twinA: unknown, twinB: unknown): string | null {
  if (change?.kind === 'removed') return `module ${name} removed`;
  const added = change?.kind === 'added';
  const parts: string[] = [];
  if (change?.image) parts.push(added ? `image ${change.image.to ?? '(none)'}` : `image ${change.image.from ?? '(none)'} → ${change.image.to ?? '(none)'}`);
  const status = _status(change);
  if (status !== null) parts.push(status);
  if (change && change.portsAdded.length > 0) parts.push(`ports +${change.portsAdded.join(', +')}`);
  if (change && !added && change.portsRemoved.length > 0) parts.push(`ports −${change.portsRemoved.join(', −')}`);
  const secretEnv = new Set(b?.secretEnv ?? []);
  const envName = (n: string) => (secretEnv.has(n) ? `${n} (from a secret)` : n);
  // A new module's env and mounts are the tool's own wiring; what matters about them is in the act-on-first list.
  if (change && !added && change.envAdded.length > 0) parts.push(`env added ${change.envAdded.map(envName).join(', ')}`);
  if (change && change.envRemoved.length > 0 && !added) parts.push(`env removed ${change.envRemoved.join(', ')}`);
  if (change && change.envChanged.length > 0) parts.push(`env value changed ${change.envChanged.map(envName).join(', ')}`);
  if (!added) parts.push(..._listChange('mounts', a?.mounts ?? [], b?.mounts ?? [], added));
  if ((a?.privileged ?? false) !== (b?.privileged ?? false)) parts.push(b?.privileged ? 'privileged' : 'no longer privileged');
  parts.push(..._listChange('host namespaces', a?.hostNamespaces ?? [], b?.hostNamespaces ?? [], added));
  parts.push(..._listChange('capabilities', a?.capabilitiesAdded ?? [], b?.capabilitiesAdded ?? [], added));
  parts.push(..._listChange('resources', a?.resources ?? [], b?.resources ?? [], added));
  const twin = _twinKeys(twinA, twinB);
  if (twin !== null) parts.push(twin);
  if (parts.length === 0) return added ? `module ${name} added` : null;
  return `module ${name}${added ? ' added' : ''}: ${parts.join('; ')}`;
}

/** Replicas 0 is how a module's `status: stopped` is rendered. */
function _status(change: ModuleChange | undefined): string | null {
  if (!change?.replicas) return null;
  const { from, to } = change.replicas;
  if (change.kind === 'added') return to === 0 ? 'stopped' : null;
  if (to === 0) return 'running → stopped';
  if (from === 0) return 'stopped → running';
  return `replicas ${from ?? '(default)'} → ${to ?? '(default)'}`;
}

function _listChange(label: string, a: readonly string[], b: readonly string[], added: boolean): string[] {
  const plus = b.filter((x) => !a.includes(x));
  const minus = a.filter((x) => !b.includes(x));
  const out: string[] = [];
  if (plus.length > 0) out.push(`${label} ${plus.map((x) => `+${x}`).join(', ')}`);
  if (minus.length > 0 && !added) out.push(`${label} ${minus.map((x) => `−${x}`).join(', ')}`);
  return out;
}

function _twinKeys(a: unknown, b: unknown): string | null {
  if (a === undefined && b === undefined) return null;
  const kinds = { CREATE: new Set<string>(), REMOVE: new Set<string>(), CHANGE: new Set<string>() };
  const objectOf = (x: unknown) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {});
  for (const d of diff(objectOf(a), objectOf(b))) {
    const path = d.path.slice(0, _TWIN_KEY_DEPTH);
    // A change below the named depth changes its parent; an add or remove there does too.
    const type = path.length < d.path.length ? 'CHANGE' : d.type;
    kinds[type].add(path.map(String).join('.'));
  }
  const parts: string[] = [];
  const sorted = (s: Set<string>) => [...s].sort(compareOrdinal).join(', ');
  if (kinds.CREATE.size > 0) parts.push(`added ${sorted(kinds.CREATE)}`);
  if (kinds.REMOVE.size > 0) parts.push(`removed ${sorted(kinds.REMOVE)}`);
  if (kinds.CHANGE.size > 0) parts.push(`changed ${sorted(kinds.CHANGE)}`);
  return parts.length === 0 ? null : `twin desired keys ${parts.join(', ')}`;
}

function _routeLines(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort(compareOrdinal)) {
    const from = a.get(name);
    const to = b.get(name);
    if (from === to) continue;
    if (from === undefined) lines.push(`route ${name} added: ${to}`);
    else if (to === undefined) lines.push(`route ${name} removed: ${from}`);
    else lines.push(`route ${name} changed: ${from} → ${to}`);
  }
  return lines;
}

function _postureRises(name: string, a: ModuleReviewFacts | undefined, b: ModuleReviewFacts | undefined): string[] {
  if (b === undefined) return [];
  const rises: string[] = [];
  if (b.privileged && !(a?.privileged ?? false)) rises.push(`module ${name}: privileged`);
  for (const ns of b.hostNamespaces) if (!a?.hostNamespaces.includes(ns)) rises.push(`module ${name}: ${ns}`);
  for (const cap of b.capabilitiesAdded) if (!a?.capabilitiesAdded.includes(cap)) rises.push(`module ${name}: capability ${cap} added`);
  for (const p of b.hostPaths) if (!a?.hostPaths.includes(p)) rises.push(`module ${name}: host path ${p}`);
  for (const d of b.hostDevices) if (!a?.hostDevices.includes(d)) rises.push(`module ${name}: host device ${d}`);
  return rises;
}

function _differing(files: DeviceFiles, other: DeviceFiles | null): Map<string, DeviceFile> {
  return new Map([...files].filter(([name, file]) => other?.get(name)?.text !== file.text));
}
