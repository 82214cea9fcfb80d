/**
 * The GitHub REST client of pull-request mode: @octokit/rest with the retry plugin (5xx, bounded) and the
 * throttling plugin (primary and secondary rate limits, bounded). Every failure leaves as a typed error whose
 * message names the call and status and never the token (octokit errors carry request options).
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigError, TransientError } from '../errors.js';
import { scrubSecrets as redactSecrets } from '../model/credential-patterns.js';
import { TOOL_VERSION } from './tool-version.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);

/** A GitHub client and the secret to keep out of messages. */
export interface GitHubClient {
  readonly octokit: InstanceType<typeof RetryingOctokit>;
  readonly token: string;
}

/** Options of the GitHub client. */
export interface GitHubClientOptions {
  /** GITHUB_TOKEN. */
  readonly token: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server works. @default 'https://api.github.com' */
  readonly baseUrl?: string;
  /** Retries of one request after 5xx or a rate limit. @default 3 */
  readonly retries?: number;
  /** Multiplier of retry delays in ms (tests use 1). @default 1000 */
  readonly retryBaseMs?: number;
  /** Receives octokit warnings (already redacted). @default ignore */
  readonly onWarning?: (message: string) => void;
}

/** @default 'https://api.github.com' */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** Creates the client; no request is made here. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  const warn = (message: unknown) => options.onWarning?.(redactSecrets(String(message), [options.token]));
  const again = (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries;
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, ''),
    userAgent: `iotedge-gitops/${TOOL_VERSION}`,
    log: { debug: () => undefined, info: () => undefined, warn, error: warn },
    retry: { retries, retryAfterBaseValue: base },
    throttle: { onRateLimit: again, onSecondaryRateLimit: again, retryAfterBaseValue: base, fallbackSecondaryRateRetryAfter: 60 },
  });
  return { octokit, token: options.token };
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
export function gitHubError(client: Pick<GitHubClient, 'token'>, action: string, error: unknown): ConfigError | TransientError {
  const status = (error as { status?: number }).status;
  const detail = redactSecrets((error as Error)?.message ?? String(error), [client.token]).split('\n')[0]!.slice(0, 300);
  const hint = status === 401 ? ' (check GITHUB_TOKEN)' : status === 403 || status === 404 ? ' (check --github-repo and the token permissions: contents and pull-requests write)' : '';
  const message = `GitHub API could not ${action}: ${status ?? 'network error'} ${detail}${hint}`;
  const transient = status === undefined || status === 429 || status >= 500 || /secondary rate/i.test(detail);
  return transient ? new TransientError(message, { stage: 'publish', cause: error }) : new ConfigError(message, { stage: 'publish', cause: error });
}
