/**
 * The GitHub REST client of pull-request mode: @octokit/rest with the retry plugin (5xx, bounded) and the
 * throttling plugin (primary and secondary rate limits, bounded). Every failure leaves as a typed error whose
 * message names the call and status and never the token (octokit errors carry request options).
 *
 * Every wait is bounded, so a scheduled run ends instead of hanging: each request has a timeout, a rate limit
 * that asks for a longer wait than `bounds.maxRetryAfterSeconds` is given up at once (a secondary rate limit can ask
 * for an hour), and each call is retried at most `bounds.retries` times.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigError, TransientError } from '../../errors.js';
import { scrubSecrets as redactSecrets } from '../../model/credential-patterns.js';
import { TOOL_VERSION } from '../../tool-version.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);

/** A GitHub client, the secret to keep out of messages, and the bounds its messages name. */
export interface GitHubClient {
  readonly octokit: InstanceType<typeof RetryingOctokit>;
  readonly token: string;
  readonly bounds?: GitHubBounds;
}

/** How long and how often the client waits for GitHub (the same shape as git's GitNetworkBounds). */
export interface GitHubBounds {
  /** Retries of one request after 5xx or a rate limit. */
  readonly retries: number;
  /** Multiplier of retry delays in ms: the n-th retry after a 5xx waits n² times this, a rate limit Retry-After times it. */
  readonly retryBaseMs: number;
  /** Time one HTTP request (answer and body) may take before it is aborted and counts as a failed try. */
  readonly requestTimeoutMs: number;
  /** Longest Retry-After (or rate-limit reset) honoured, in seconds; a longer one fails the call at once. */
  readonly maxRetryAfterSeconds: number;
}

/** The bounds of a scheduled run: about a minute of waiting at most per call. */
export const DEFAULT_GITHUB_BOUNDS: GitHubBounds = { retries: 3, retryBaseMs: 1000, requestTimeoutMs: 30_000, maxRetryAfterSeconds: 60 };

/** Options of the GitHub client. */
export interface GitHubClientOptions {
  /** GITHUB_TOKEN. */
  readonly token: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server works. @default 'https://api.github.com' */
  readonly baseUrl?: string;
  /** @default DEFAULT_GITHUB_BOUNDS */
  readonly bounds?: Partial<GitHubBounds>;
  /** Receives octokit warnings (already redacted). @default ignore */
  readonly onWarning?: (message: string) => void;
}

/** @default 'https://api.github.com' */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** Creates the client; no request is made here. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const bounds: GitHubBounds = { ...DEFAULT_GITHUB_BOUNDS, ...(options.bounds ?? {}) };
  const { retries, retryBaseMs: base } = bounds;
  const warn = (message: unknown) => options.onWarning?.(redactSecrets(String(message), [options.token]));
  // A wait longer than the bound is not worth holding a CI job for: give up now, gitHubError says why.
  const again = (after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries && after <= bounds.maxRetryAfterSeconds;
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, ''),
    userAgent: `iotedge-gitops/${TOOL_VERSION}`,
    // `error` is octokit's per-request failure line; the call's typed error (gitHubError) already says it once.
    log: { debug: () => undefined, info: () => undefined, warn, error: () => undefined },
    request: { fetch: _fetchWithTimeout(bounds.requestTimeoutMs) },
    // 429 is left to the throttling plugin, which honours Retry-After (bounded); the retry plugin would ignore it.
    retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: again, onSecondaryRateLimit: again, retryAfterBaseValue: base, fallbackSecondaryRateRetryAfter: 60 },
  });
  return { octokit, token: options.token, bounds };
}

/** fetch with a per-request deadline; a timeout rejects like a network error, so the retry plugin retries it. */
function _fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

/** Runs one GitHub call; failures become TransientError (429, 5xx, network) or ConfigError (4xx), redacted. */
export async function callGitHub<T>(client: GitHubClient, action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw gitHubError(client, action, error);
  }
}

/** The typed error for a failed GitHub call. */
export function gitHubError(client: Pick<GitHubClient, 'token' | 'bounds'>, action: string, error: unknown): ConfigError | TransientError {
  const status = (error as { status?: number }).status;
  const detail = redactSecrets((error as Error)?.message ?? String(error), [client.token]).split('\n')[0]!.slice(0, 300);
  const bounds = client.bounds;
  if (_isTimeout(error)) {
    const seconds = bounds ? ` within ${_seconds(bounds.requestTimeoutMs)} s` : '';
    const tries = bounds ? ` (${bounds.retries + 1} tries)` : '';
    return new TransientError(`GitHub did not answer${seconds} to ${action}${tries}: giving up; run again later`, { stage: 'publish', cause: error });
  }
  const wait = _askedWait(error);
  if (bounds && wait !== null && wait > bounds.maxRetryAfterSeconds) {
    const kind = /secondary rate/i.test(detail) ? 'secondary rate limit' : 'rate limit';
    return new TransientError(
      `GitHub asks to wait ${wait} s (${kind}) to ${action}, more than ${bounds.maxRetryAfterSeconds} s: giving up; run again later`,
      { stage: 'publish', cause: error },
    );
  }
  const hint = status === 401 ? ' (check GITHUB_TOKEN)' : status === 403 || status === 404 ? ' (check --github-repo and the token permissions: contents and pull-requests write)' : '';
  const message = `GitHub API could not ${action}: ${status ?? 'network error'} ${detail}${hint}`;
  const transient = status === undefined || status === 429 || status >= 500 || /secondary rate/i.test(detail);
  return transient ? new TransientError(message, { stage: 'publish', cause: error }) : new ConfigError(message, { stage: 'publish', cause: error });
}

/**
 * True when the request was aborted by its deadline (octokit wraps fetch's TimeoutError DOMException in a
 * RequestError). Duck-typed: a DOMException is not always `instanceof Error` of the caller's realm.
 */
function _isTimeout(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    if ((e as { name?: unknown }).name === 'TimeoutError') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds GitHub asked to wait (Retry-After, or the rate-limit reset when nothing remains); null when it did not. */
function _askedWait(error: unknown): number | null {
  const status = (error as { status?: number }).status;
  if (status !== 403 && status !== 429) return null;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const after = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(after)) return after;
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) return Math.max(Math.ceil(reset - Date.now() / 1000) + 1, 0);
  return null;
}

function _seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
