/**
 * Turns whatever the azure-iothub client or the network threw into the tool's typed errors, with a
 * message a user can act on, a retry decision, and no secret: the client's errors carry the HTTP
 * response, and through it the request with its Authorization header, so nothing of them is kept.
 */
import { ConfigError, TransientError, type IotEdgeGitopsError } from '../../errors.js';
import { scrubSecrets } from '../../model/credential-patterns.js';
import { RequestTimeoutError } from './request-deadline.js';
import { parseRetryAfter } from './retry-after.js';

/** What the failed call was, for the message. */
export interface HubCallContext {
  /** e.g. `reading configurations`, `reading twins (page 3)`. */
  readonly operation: string;
  /** IoT Hub host name, for messages about resolution and TLS. */
  readonly hostName: string;
  /** Strings to scrub from any text that came from outside (the connection string, its key). */
  readonly secrets: readonly string[];
  /** Clock for HTTP-date `Retry-After` values. */
  readonly nowMs: number;
  /** The permission the policy needs, for the advice on 401 and 403. @default 'registryRead' */
  readonly permission?: string;
}

/** A classified failure. */
export interface HubFailure {
  /** The error to throw if the call is not retried (or retries run out). */
  readonly error: IotEdgeGitopsError;
  /** True for throttling, 5xx, timeouts, broken connections and truncated bodies. */
  readonly retryable: boolean;
  /** What the hub asked for in `Retry-After`, in milliseconds. */
  readonly retryAfterMs?: number;
}

/** Thrown for a response that parsed but is not what the protocol promises (not an array, bad paging). */
export class HubProtocolError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'HubProtocolError';
  }
}

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  'ENETDOWN', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET',
]);
const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|HOSTNAME_MISMATCH)/;

/** Classifies one failed call. Never returns the original error or anything that references it. */
export function classifyHubError(error: unknown, context: HubCallContext): HubFailure {
  const scrub = (text: string): string => scrubSecrets(text, context.secrets);
  const where = `IoT Hub ${context.hostName}: ${context.operation}`;
  const status = _statusOf(error);
  if (status !== undefined) {
    const { code, text } = _errorBody(error);
    const detail = scrub(code === undefined ? `HTTP ${status}` : `HTTP ${status} ${code}${text ? `: ${text}` : ''}`);
    const cause = { statusCode: status, errorCode: code };
    if (TRANSIENT_STATUS.has(status) || status >= 500) {
      const retryAfterMs = parseRetryAfter(_header(error, 'retry-after'), context.nowMs);
      const what = status === 429 ? 'throttled' : 'temporarily failed';
      return { error: new TransientError(`${where} ${what} (${detail})`, { stage: 'source', cause }), retryable: true, retryAfterMs };
    }
    return { error: new ConfigError(`${where} failed (${detail}): ${_adviceFor(status, context.permission ?? 'registryRead')}`, { stage: 'source', cause }), retryable: false };
  }
  if (error instanceof RequestTimeoutError) {
    return { error: new TransientError(`${where} timed out (${error.message})`, { stage: 'source', cause: { code: error.code } }), retryable: true };
  }
  if (error instanceof HubProtocolError) {
    const make = error.retryable ? TransientError : ConfigError;
    return { error: new make(`${where}: ${scrub(error.message)}`, { stage: 'source' }), retryable: error.retryable };
  }
  if (error instanceof SyntaxError) {
    // The client parses a 200 body itself; a body cut short surfaces here as a JSON syntax error.
    return { error: new TransientError(`${where}: the response was not complete JSON (truncated?)`, { stage: 'source', cause: { name: 'SyntaxError' } }), retryable: true };
  }
  const code = _codeOf(error);
  if (code === 'ENOTFOUND') {
    return { error: new ConfigError(`${where}: host name not found; check HostName in the connection string`, { stage: 'source', cause: { code } }), retryable: false };
  }
  if (code !== undefined && TLS_CODE.test(code)) {
    return { error: new ConfigError(`${where}: TLS failure (${code}); the hub's certificate is not trusted`, { stage: 'source', cause: { code } }), retryable: false };
  }
  if ((code !== undefined && TRANSIENT_CODES.has(code)) || _messageOf(error) === 'aborted' || _messageOf(error) === 'socket hang up') {
    return { error: new TransientError(`${where}: connection failed (${code ?? _messageOf(error)})`, { stage: 'source', cause: { code } }), retryable: true };
  }
  // Unknown failures are not retried: retrying a bug only hides it for longer.
  const name = error instanceof Error ? error.name : typeof error;
  return { error: new TransientError(`${where}: ${scrub(`${name}: ${_messageOf(error) ?? String(error)}`)}`, { stage: 'source', cause: { name, code } }), retryable: false };
}

function _adviceFor(status: number, permission: string): string {
  switch (status) {
    case 401:
      return `unauthorized; check the SharedAccessKey of the connection string and that its policy has the ${permission} permission`;
    case 403:
      return `forbidden; the policy needs the ${permission} permission, or the hub refuses this client (IP filter, quota)`;
    case 404:
      return 'not found; check that HostName names an existing IoT hub';
    default:
      return 'the request was rejected; retrying will not help';
  }
}

interface _ResponseLike {
  readonly statusCode?: unknown;
  readonly headers?: Record<string, string | string[] | undefined>;
}

function _response(error: unknown): _ResponseLike | undefined {
  const response = (error as { response?: unknown } | null)?.response;
  return typeof response === 'object' && response !== null ? (response as _ResponseLike) : undefined;
}

function _statusOf(error: unknown): number | undefined {
  const status = _response(error)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function _header(error: unknown, name: string): string | string[] | undefined {
  return _response(error)?.headers?.[name];
}

function _errorBody(error: unknown): { code?: string; text?: string } {
  // IoT Hub error bodies are {"Message":"ErrorCode:<Code>;<text>", ...} (spec §8).
  const body = (error as { responseBody?: unknown } | null)?.responseBody;
  const headerCode = _header(error, 'iothub-errorcode');
  let code = typeof headerCode === 'string' && headerCode !== '' ? headerCode : undefined;
  let text: string | undefined;
  if (typeof body === 'string') {
    try {
      const message = (JSON.parse(body) as { Message?: unknown }).Message;
      if (typeof message === 'string') {
        const match = /^ErrorCode:([^;]*);?(.*)$/s.exec(message);
        code = match?.[1] || code;
        text = (match ? match[2] : message)?.trim().slice(0, 300);
      }
    } catch {
      // not JSON: keep the status alone rather than echoing an unknown body
    }
  }
  return { code, text };
}

function _codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function _messageOf(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}
