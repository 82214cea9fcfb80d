/**
 * `iotedge-gitops snapshot --out FILE`: reads the live hub and writes a snapshot that `synth --snapshot`
 * takes, sorted, pretty-printed, written atomically and with every credential value redacted, so that it
 * can be committed and replayed.
 */
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { redactSnapshot } from '../../model/redact-snapshot.js';
import { writeSnapshotFile } from '../../source/write-snapshot.js';
import type { CommandIo } from '../io.js';
import { readLiveHubFromEnv } from '../live-input.js';
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
}

/**
 * Reads the hub named by the connection string in `env[connectionStringEnv]`, redacts, and writes `out`.
 * Returns the exit code 0; every failure is a thrown ConfigError or TransientError, raised before
 * anything is written, so a failed run leaves an existing `out` untouched.
 */
export async function run(options: SnapshotOptions, io: CommandIo): Promise<number> {
  const named = options.connectionStringEnv ?? DEFAULT_CONNECTION_STRING_ENV;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(named) && (io.env[named] ?? '').trim() === '') {
    throw new ConfigError(`${named} is not set: put an IoT Hub service connection string with registryRead in it`, { stage: 'cli' });
  }
  // The same resolution as every other command that reads the live hub (variable name, page size).
  const source = resolveInputSource({ connectionStringEnv: options.connectionStringEnv, pageSize: options.pageSize === undefined ? undefined : String(options.pageSize) }, io.env);
  if (source.kind !== 'live') throw new ConfigError('snapshot reads the live hub only', { stage: 'cli' });
  if (options.out.trim() === '') throw new ConfigError('--out must name a file', { stage: 'cli' });
  const out = path.resolve(io.cwd, options.out);
  const quiet = options.quiet ?? false;

  const snapshot = await readLiveHubFromEnv(source, io, quiet);
  let redacted = 0;
  const safe = redactSnapshot(snapshot, () => redacted++);
  await writeSnapshotFile(out, safe);
  if (!quiet) {
    printLines(
      io.stderr,
      `wrote ${options.out}: ${safe.configurations.length} configuration(s), ${safe.devices.length} edge device twin(s) from ${safe.hostName ?? safe.hub}; ${redacted} credential value(s) redacted`,
    );
  }
  return 0;
}
