/**
 * Test helpers shared by the createOptions handler tests (one test file per handler file):
 * - `expectFieldRow`: one createOptions field translated through the whole module translation
 *   (`translateModuleM`), checking the Kubernetes value it produced and its single ledger entry;
 * - `configErrorOf`: the ConfigError a createOptions value makes the module fail with;
 * - `applyToDraft`: `applyCreateOptions` alone on a fresh WorkloadDraft, for rules that show on the draft
 *   (PVCs, argument secrets, draft fields the intent rebuilds) or in the errors it records.
 */
import type { ConfigError } from '../../../src/errors.js';
import type { JsonObject } from '../../../src/model/json.js';
import { applyCreateOptions } from '../../../src/translate/create-options/index.js';
import type { DeviceIntent } from '../../../src/translate/device-intent.js';
import type { WorkloadIntent } from '../../../src/translate/index.js';
import type { LedgerEntry } from '../../../src/translate/ledger.js';
import { LedgerRecorder } from '../../../src/translate/ledger-recorder.js';
import { resolveTranslateOptions, type TranslateOptions } from '../../../src/translate/translate-options.js';
import { newWorkloadDraft, type WorkloadDraft } from '../../../src/translate/workload-draft.js';
import { OPTIONS, translateModuleM } from '../translate-helpers.js';

/** One createOptions field → the Kubernetes value it becomes and the fidelity k8s-mapping.md §7.2 gives it. */
export interface FieldRow {
  name: string;
  co: JsonObject;
  /** Ledger key of the field. */
  key: string;
  fidelity: 'exact' | 'approximate' | 'dropped';
  pick: (w: WorkloadIntent, intent: DeviceIntent) => unknown;
  expected: unknown;
}

/** The user's env of a workload (runtime variables left out). */
export const userEnv = (w: WorkloadIntent): unknown => w.container.env.filter((e) => !/^(IOTEDGE_|EdgeHub|EdgeModule)/.test(e.name));

/** Translates the row's createOptions on module `m` and checks the picked value and the field's one ledger entry. */
export function expectFieldRow({ co, key, fidelity, pick, expected }: FieldRow): void {
  const { w, intent, ledger } = translateModuleM(co);
  expect(pick(w, intent)).toStrictEqual(expected);
  const entries = ledger.filter((e) => e.key === key);
  expect(entries).toHaveLength(1);
  expect(entries[0]?.fidelity).toBe(fidelity);
  expect(entries[0]?.configurationId).toBe('base');
}

/** The error translating module `m` with these createOptions throws (fails the test when none is thrown). */
export function configErrorOf(co: JsonObject): ConfigError {
  try {
    translateModuleM(co);
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected the translation to fail');
}

/** What `applyCreateOptions` left on a fresh draft and recorder. */
export interface DraftResult {
  readonly draft: WorkloadDraft;
  readonly entries: readonly LedgerEntry[];
  /** Recorded input errors as `<message> @ <jsonPath below the module>`. */
  readonly errors: readonly string[];
  /** The single ledger entry of `key` (fails the test when there is not exactly one). */
  entry(key: string): LedgerEntry;
}

/** JSON path of module `m` in the `applyToDraft` recorder; error paths are printed relative to it. */
const MODULE_PATH = 'modules.m';

/** `applyCreateOptions(co)` on a fresh draft of module `m` (device labels `{device: d1}`), nothing else of the translation. */
export function applyToDraft(co: JsonObject, options: Partial<TranslateOptions> = {}): DraftResult {
  const draft = newWorkloadDraft();
  const recorder = new LedgerRecorder('d1', 'm', { configurationId: 'base', jsonPath: MODULE_PATH });
  applyCreateOptions(co, {
    draft,
    recorder,
    options: resolveTranslateOptions({ ...OPTIONS, ...options }),
    deviceLabels: { device: 'd1' },
    deviceAnnotations: { hub: 'myhub' },
  });
  return {
    draft,
    entries: recorder.entries,
    errors: recorder.errors.map((e) => `${e.message} @ ${String(e.jsonPath).slice(MODULE_PATH.length)}`),
    entry(key) {
      const found = recorder.entries.filter((e) => e.key === key);
      expect(found.map((e) => e.key)).toStrictEqual([key]);
      return found[0] as LedgerEntry;
    },
  };
}
