/**
 * The input flags shared by synth, explain, validate and sync, resolved in one pure function:
 * `--snapshot FILE`, or `--configurations FILE --twins FILE --hub NAME`, or (with neither) the live hub
 * whose service connection string is in an environment variable.
 */
import { ConfigError } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../source/live/page-size.js';

/** Raw input flags as commander parsed them. */
export interface InputFlags {
  readonly snapshot?: string;
  readonly configurations?: string;
  readonly twins?: string;
  readonly hub?: string;
  readonly connectionStringEnv?: string;
  readonly pageSize?: string;
}

/** Where a run reads the hub from. */
export type InputSource =
  | { readonly kind: 'snapshot'; readonly file: string }
  | { readonly kind: 'split'; readonly configurations: string; readonly twins: string; readonly hub: string }
  | { readonly kind: 'live'; readonly connectionStringEnv: string; readonly pageSize: number };

/** Environment variable holding the IoT Hub service connection string. */
export const DEFAULT_CONNECTION_STRING_ENV = 'IOTHUB_CONNECTION_STRING';
export { DEFAULT_PAGE_SIZE } from '../source/live/page-size.js';

/** Resolves input flags (and the environment) to one source; conflicting or incomplete flags fail before any I/O. */
export function resolveInputSource(flags: InputFlags, env: Readonly<Record<string, string | undefined>>): InputSource {
  const split = [flags.configurations, flags.twins].filter((v) => v !== undefined).length;
  if (flags.snapshot !== undefined && (split > 0 || flags.hub !== undefined)) {
    throw new ConfigError('--snapshot cannot be combined with --configurations, --twins or --hub', { stage: 'cli' });
  }
  if (flags.snapshot !== undefined) return { kind: 'snapshot', file: flags.snapshot };
  if (split > 0 || flags.hub !== undefined) {
    if (flags.configurations === undefined || flags.twins === undefined || flags.hub === undefined) {
      throw new ConfigError('--configurations, --twins and --hub must be given together', { stage: 'cli' });
    }
    return { kind: 'split', configurations: flags.configurations, twins: flags.twins, hub: flags.hub };
  }
  const connectionStringEnv = flags.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(connectionStringEnv)) {
    throw new ConfigError(`--connection-string-env must name an environment variable, got '${connectionStringEnv}'`, { stage: 'cli' });
  }
  const value = env[connectionStringEnv];
  if (value === undefined || value.trim() === '') {
    throw new ConfigError(`no input: give --snapshot FILE, or --configurations FILE --twins FILE --hub NAME, or set ${connectionStringEnv} to read the live hub`, { stage: 'cli' });
  }
  const pageSize = flags.pageSize === undefined ? DEFAULT_PAGE_SIZE : Number(flags.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ConfigError(`--page-size must be an integer from 1 to ${MAX_PAGE_SIZE}, got '${flags.pageSize}'`, { stage: 'cli' });
  }
  return { kind: 'live', connectionStringEnv, pageSize };
}
