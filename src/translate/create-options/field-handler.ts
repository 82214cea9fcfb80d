import type { JsonObject, JsonValue } from '../../model/json.js';
import { isJsonObject } from '../../model/json.js';
import type { Fidelity } from '../ledger.js';
import type { LedgerRecorder } from '../ledger-recorder.js';
import type { ResolvedTranslateOptions } from '../translate-options.js';
import type { StringMap } from '../device-intent.js';
import type { WorkloadDraft } from '../workload-draft.js';

/** What a handler may use while translating one createOptions field of one module. */
export interface FieldContext {
  readonly draft: WorkloadDraft;
  /** The whole parsed createOptions, for fields that depend on another (Devices reads Privileged). */
  readonly createOptions: JsonObject;
  readonly options: ResolvedTranslateOptions;
  /** Labels/annotations for device-level objects (PVCs). */
  readonly deviceLabels: StringMap;
  readonly deviceAnnotations: StringMap;
  /** Records the single ledger entry of this field. */
  record(fidelity: Fidelity, target: string, reason: string): void;
  /** Records a separate entry for a part of this field (`k8s-experimental.volumes`), at `sub` below it. */
  recordPart(key: string, sub: readonly (string | number)[], fidelity: Fidelity, target: string, reason: string): void;
  /** Records an input error at `sub` below this field (e.g. `[0]` for the first Binds entry). */
  fail(message: string, ...sub: (string | number)[]): void;
  readonly recorder: LedgerRecorder;
}

/**
 * One row of the mapping table and the code that applies it: the table printed in README and the
 * translation come from the same object, so they cannot disagree.
 */
export interface FieldHandler {
  /** Docker field as users write it: `Cmd`, `HostConfig.Binds`, `k8s-experimental`. */
  readonly field: string;
  /** Kubernetes field(s) it becomes; empty when dropped. */
  readonly kubernetes: string;
  /** Fidelity shown in the table (`exact / dropped` when it depends on the value). */
  readonly fidelity: string;
  readonly note: string;
  /** For most fields a Go zero value ("", 0, false, [], {}, null) means "Docker default": nothing to translate. Set when 0/false is a real value. */
  readonly zeroIsValue?: boolean;
  /** Translates a present, non-default value; calls `ctx.record` exactly once (or `ctx.fail`). */
  apply(value: JsonValue, ctx: FieldContext): void;
}

/** True for the zero values Docker's Go structs treat as "not set". */
export function isZeroValue(value: JsonValue): boolean {
  if (value === null || value === '' || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isJsonObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** A handler for a field that has no Kubernetes equivalent. */
export function droppedField(field: string, note: string, defaults: readonly JsonValue[] = []): FieldHandler {
  return {
    field,
    kubernetes: '',
    fidelity: 'dropped',
    note,
    apply(value, ctx) {
      if (defaults.some((d) => JSON.stringify(d) === JSON.stringify(value))) {
        ctx.record('exact', '', 'Docker default value: nothing to translate.');
      } else {
        ctx.record('dropped', '', note);
      }
    },
  };
}

/** The value as a string, or a recorded error. */
export function asString(value: JsonValue, ctx: FieldContext, what = 'a string'): string | undefined {
  if (typeof value === 'string') return value;
  ctx.fail(`expected ${what}, got ${_kind(value)}`);
  return undefined;
}

/** The value as a list of strings; a single string is a one-element list (Docker accepts both for Cmd/Entrypoint). */
export function asStringList(value: JsonValue, ctx: FieldContext, allowSingle = false): string[] | undefined {
  if (allowSingle && typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  ctx.fail(`expected a list of strings${allowSingle ? ' or a string' : ''}, got ${_kind(value)}`);
  return undefined;
}

/** The value as an object, or a recorded error. */
export function asObject(value: JsonValue, ctx: FieldContext): JsonObject | undefined {
  if (isJsonObject(value)) return value;
  ctx.fail(`expected an object, got ${_kind(value)}`);
  return undefined;
}

/** The value as an integer (numbers, or strings of digits as some templates write them), or a recorded error. */
export function asInteger(value: JsonValue, ctx: FieldContext): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?[0-9]+$/.test(value.trim())) return Number(value.trim());
  ctx.fail(`expected an integer, got ${_kind(value)}`);
  return undefined;
}

/** The value as a boolean, or a recorded error. */
export function asBoolean(value: JsonValue, ctx: FieldContext): boolean | undefined {
  if (typeof value === 'boolean') return value;
  ctx.fail(`expected true or false, got ${_kind(value)}`);
  return undefined;
}

/** Describes a value's JSON type for error messages, never the value itself (it could be a secret). */
export function _kind(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
