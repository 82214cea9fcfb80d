import type { JsonObject, JsonValue } from '../../model/json.js';
import { isJsonObject } from '../../model/json.js';
import type { StringMap } from '../device-intent.js';
import type { LedgerRecorder } from '../ledger-recorder.js';
import type { ResolvedTranslateOptions } from '../translate-options.js';
import type { WorkloadDraft } from '../workload-draft.js';
import { CONTAINER_HANDLERS } from './container.js';
import { ENV_HANDLERS } from './env.js';
import { isZeroValue, type FieldContext, type FieldHandler } from './field-handler.js';
import { K8S_EXPERIMENTAL_HANDLER } from './k8s-experimental.js';
import { NETWORK_HANDLERS } from './networking.js';
import { PORT_HANDLERS } from './ports.js';
import { RESOURCE_HANDLERS } from './resources.js';
import { SECURITY_HANDLERS } from './security.js';
import { VOLUME_HANDLERS } from './volumes.js';

export type { FieldHandler } from './field-handler.js';

/**
 * Every createOptions field the translator knows, in the order they are applied (ExposedPorts before
 * PortBindings so that a binding replaces an exposed port; Memory before MemorySwap; k8s-experimental
 * last so that it overrides what HostConfig asked for).
 */
export const CREATE_OPTIONS_HANDLERS: readonly FieldHandler[] = [
  ...CONTAINER_HANDLERS,
  ...ENV_HANDLERS,
  ...PORT_HANDLERS,
  ...VOLUME_HANDLERS,
  ...RESOURCE_HANDLERS,
  ...SECURITY_HANDLERS,
  ...NETWORK_HANDLERS,
  K8S_EXPERIMENTAL_HANDLER,
];

const HOST_CONFIG = 'HostConfig';
const CREATE_OPTIONS_PATH = ['settings', 'createOptions'] as const;

function _pathOf(field: string): string[] {
  return field.startsWith(`${HOST_CONFIG}.`) ? [HOST_CONFIG, field.slice(HOST_CONFIG.length + 1)] : [field];
}

/** Where a module's createOptions are applied to. */
export interface CreateOptionsTarget {
  readonly draft: WorkloadDraft;
  readonly recorder: LedgerRecorder;
  readonly options: ResolvedTranslateOptions;
  readonly deviceLabels: StringMap;
  readonly deviceAnnotations: StringMap;
}

/**
 * Applies every known field of a parsed createOptions object to the draft and writes one ledger entry
 * per field present (zero values count as Docker defaults: `exact`, nothing emitted). Fields no handler
 * knows are recorded as `dropped`. Input errors go to the recorder; nothing throws.
 */
export function applyCreateOptions(createOptions: JsonObject, target: CreateOptionsTarget): void {
  const { recorder } = target;
  const hostConfigValue = createOptions[HOST_CONFIG];
  if (hostConfigValue !== undefined && hostConfigValue !== null && !isJsonObject(hostConfigValue)) {
    recorder.fail('HostConfig must be an object', [...CREATE_OPTIONS_PATH, HOST_CONFIG]);
    return;
  }
  const hostConfig: JsonObject = isJsonObject(hostConfigValue) ? hostConfigValue : {};
  const known = new Set<string>();

  for (const handler of CREATE_OPTIONS_HANDLERS) {
    const path = _pathOf(handler.field);
    known.add(handler.field);
    const value: JsonValue | undefined = path.length === 2 ? hostConfig[path[1] as string] : createOptions[path[0] as string];
    if (value === undefined) continue;
    const fieldPath = [...CREATE_OPTIONS_PATH, ...path];
    const ctx: FieldContext = {
      draft: target.draft,
      createOptions,
      options: target.options,
      deviceLabels: target.deviceLabels,
      deviceAnnotations: target.deviceAnnotations,
      recorder,
      record: (fidelity, k8s, reason) => recorder.record(handler.field, fidelity, k8s, reason, fieldPath),
      recordPart: (key, sub, fidelity, k8s, reason) => recorder.record(key, fidelity, k8s, reason, [...fieldPath, ...sub]),
      fail: (message, ...sub) => recorder.fail(`${handler.field}: ${message}`, [...fieldPath, ...sub]),
    };
    if (!handler.zeroIsValue && isZeroValue(value)) {
      ctx.record('exact', '', 'Empty or zero value: the Docker default, nothing to translate.');
      continue;
    }
    handler.apply(value, ctx);
  }

  const unknown = (key: string, value: JsonValue, path: string[]): void => {
    if (isZeroValue(value)) recorder.record(key, 'exact', '', 'Unknown field with an empty or zero value: nothing to translate.', path);
    else recorder.record(key, 'dropped', '', 'Unknown createOptions field: not translated.', path);
  };
  for (const key of Object.keys(createOptions).sort()) {
    if (key === HOST_CONFIG || known.has(key)) continue;
    unknown(key, createOptions[key] as JsonValue, [...CREATE_OPTIONS_PATH, key]);
  }
  for (const key of Object.keys(hostConfig).sort()) {
    if (known.has(`${HOST_CONFIG}.${key}`)) continue;
    unknown(`${HOST_CONFIG}.${key}`, hostConfig[key] as JsonValue, [...CREATE_OPTIONS_PATH, HOST_CONFIG, key]);
  }
}
