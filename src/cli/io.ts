import type https from 'node:https';
import type { SyncReport } from './sync-report.js';

/** What a command may touch outside its arguments: injected so tests run commands in-process. */
export interface CommandIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** HTTPS agent for the live hub (a proxy, or the test hub). @default a keep-alive agent per run */
  readonly httpsAgent?: https.Agent;
  /** Aborted (reason: StoppedError) when the run is asked to stop (SIGINT, SIGTERM). @default never */
  readonly signal?: AbortSignal;
  /** The command line as lock files show it to other runs; set by `main`. @default 'iotedge-gitops' */
  readonly command?: string;
  /** Receives what a finished `sync` did (the GitHub Action sets its outputs from it). @default none */
  readonly onSyncReport?: (report: SyncReport) => void;
}

/** The real process streams, environment and working directory. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
