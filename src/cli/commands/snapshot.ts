/**
 * `iotedge-gitops snapshot --out FILE`: reads the live hub and writes a snapshot that `synth --snapshot`
 * takes, sorted, pretty-printed, written atomically and with every credential value redacted, so that it
 * can be committed and replayed.
 */
import type https from 'node:https';
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { readLiveHub } from '../../source/live/live-hub.js';
import type { ProgressStream } from '../../source/live/read-progress.js';
import { redactSnapshot } from '../../model/redact-snapshot.js';
import { writeSnapshotFile } from '../../source/write-snapshot.js';

import { DEFAULT_CONNECTION_STRING_ENV, resolveInputSource } from '../input-options.js';
import { printLines } from '../print-lines.js';

/** Flags of `snapshot`. */
export interface SnapshotOptions {
  /** Snapshot file to write, relative to `cwd`. */
  readonly out: string;
  /** Name of the environment variable holding the connection string (never the value itself). @default 'IOTHUB_CONNECTION_STRING' */
  readonly connectionStringEnv?: string;
  /** Twins per query page, as a number or the flag's text. @default 100 */
  readonly pageSize?: number | string;
  /** No progress, notes or summary on stderr. @default false */
  readonly quiet?: boolean;
  /** Retries of each request after the first attempt. @default 6 */
  readonly retries?: number;
  /** Deadline of each request in milliseconds. @default 30000 */
  readonly requestTimeoutMs?: number;
}

/** What `snapshot` touches besides its flags: injected so tests run it in-process against a fake hub. */
export interface SnapshotDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stderr: ProgressStream;
  /** Base of a relative `out`. @default process.cwd() */
  readonly cwd?: string;
  /** Wall clock in ms (HTTP-date Retry-After). @default Date.now */
  readonly now?: () => number;
  /** HTTPS agent for the hub (a proxy, or the test hub). @default a keep-alive agent per run */
  readonly agent?: https.Agent;
}

/**
 * Reads the hub named by the connection string in `env[connectionStringEnv]`, redacts, and writes `out`.
 * Returns the exit code 0; every failure is a thrown ConfigError or TransientError, raised before
 * anything is written, so a failed run leaves an existing `out` untouched.
 */
export async function run(options: SnapshotOptions, deps: SnapshotDeps): Promise<number> {
  const named = options.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(named) && (deps.env[named] ?? '').trim() === '') {
    throw new ConfigError(`${named} is not set: put an IoT Hub service connection string with registryRead in it`, { stage: 'cli' });
  }
  // The same resolution as every other command that reads the live hub (variable name, page size).
  const source = resolveInputSource({ connectionStringEnv: options.connectionStringEnv, pageSize: options.pageSize === undefined ? undefined : String(options.pageSize) }, deps.env);
  if (source.kind !== 'live') throw new ConfigError('snapshot reads the live hub only', { stage: 'cli' });
  const envName = source.connectionStringEnv;
  const connectionString = deps.env[envName]!;
  const pageSize = source.pageSize;
  if (options.out.trim() === '') throw new ConfigError('--out must name a file', { stage: 'cli' });
  const out = path.resolve(deps.cwd ?? process.cwd(), options.out);
  const quiet = options.quiet ?? false;

  const snapshot = await readLiveHub({
    connectionString,
    connectionStringSource: envName,
    pageSize,
    requestTimeoutMs: options.requestTimeoutMs,
    retry: options.retries === undefined ? undefined : { retries: options.retries },
    progress: deps.stderr,
    quiet,
    agent: deps.agent,
    now: deps.now,
  });
  let redacted = 0;
  const safe = redactSnapshot(snapshot, () => redacted++);
  await writeSnapshotFile(out, safe);
  if (!quiet) {
    printLines(
      deps.stderr,
      `wrote ${options.out}: ${safe.configurations.length} configuration(s), ${safe.devices.length} edge device twin(s) from ${safe.hostName ?? safe.hub}; ${redacted} credential value(s) redacted`,
    );
  }
  return 0;
}
