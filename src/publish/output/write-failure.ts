/**
 * A failed device-directory write carried from the writer thread to the main thread. postMessage keeps only an
 * Error's message (not its class, code or cause), so the worker encodes and the main thread rebuilds the very
 * error the inline writer would have thrown: the CLI then prints and exits exactly as without the thread.
 */
import { ConfigError, InternalError } from '../../errors.js';

/** The errno fields of a Node file-system error. */
export interface ErrnoFields {
  readonly message: string;
  readonly code?: string;
  readonly errno?: number;
  readonly syscall?: string;
  readonly path?: string;
}

/** A failed write in a form that survives postMessage (plain data). */
export type WriteFailure =
  /** A ConfigError (`cannot write <path>: <reason>`), with its file-system cause when it had one. */
  | { readonly kind: 'config'; readonly message: string; readonly cause?: ErrnoFields }
  /** A raw file-system error, which the inline writer lets through as is (e.g. reading a directory back). */
  | { readonly kind: 'file-system'; readonly error: ErrnoFields }
  /** Anything else: a bug in the writer. */
  | { readonly kind: 'internal'; readonly message: string };

/** Plain data for `error`, as thrown by `applyDeviceDir` or `writeWritingMarker`. */
export function encodeWriteFailure(error: unknown): WriteFailure {
  if (error instanceof ConfigError) {
    const cause = _errnoFields(error.cause);
    return cause === undefined ? { kind: 'config', message: error.message } : { kind: 'config', message: error.message, cause };
  }
  const fields = _errnoFields(error);
  if (fields !== undefined) return { kind: 'file-system', error: fields };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** The error to throw on the main thread for `failure`: a ConfigError, a Node errno Error, or an InternalError. */
export function decodeWriteFailure(failure: WriteFailure): Error {
  switch (failure.kind) {
    case 'config':
      return new ConfigError(failure.message, { stage: 'publish', ...(failure.cause ? { cause: _errnoError(failure.cause) } : {}) });
    case 'file-system':
      return _errnoError(failure.error);
    case 'internal':
      return new InternalError(`the device directory writer failed: ${failure.message}`, { stage: 'publish' });
  }
}

function _errnoFields(error: unknown): ErrnoFields | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (!(error instanceof Error) || typeof e?.code !== 'string') return undefined;
  return {
    message: error.message,
    code: e.code,
    ...(typeof e.errno === 'number' ? { errno: e.errno } : {}),
    ...(typeof e.syscall === 'string' ? { syscall: e.syscall } : {}),
    ...(typeof e.path === 'string' ? { path: e.path } : {}),
  };
}

function _errnoError(fields: ErrnoFields): NodeJS.ErrnoException {
  const { message, ...rest } = fields;
  return Object.assign(new Error(message), rest);
}
