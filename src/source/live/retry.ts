/**
 * Bounded retries for IoT Hub reads: exponential backoff with jitter, at least as long as the hub's
 * `Retry-After`, and a clean typed error when the budget runs out. Each attempt re-sends the same
 * request (for a query page: the same continuation token), so a retry never skips or repeats a page.
 */
import pRetry, { AbortError } from 'p-retry';
import { TransientError, type IotEdgeGitopsError } from '../../errors.js';
import type { HubFailure } from './hub-error.js';

/** How hard to try. */
export interface RetryPolicy {
  /** Retries after the first attempt. @default 6 */
  readonly retries: number;
  /** Backoff before the first retry, doubled each retry. @default 1000 */
  readonly minDelayMs: number;
  /** Cap of the backoff. @default 30000 */
  readonly maxDelayMs: number;
  /** Longest `Retry-After` the run will wait; a longer one fails the read instead of stalling it. @default 60000 */
  readonly maxRetryAfterMs: number;
}

/** Defaults: up to 7 attempts over roughly a minute, which outlasts IoT Hub's per-minute throttling window. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 6, minDelayMs: 1000, maxDelayMs: 30000, maxRetryAfterMs: 60000 };

/** One scheduled retry, for progress output. */
export interface RetryNotice {
  /** The failure that caused it (already scrubbed). */
  readonly error: IotEdgeGitopsError;
  /** Attempt that failed, 1-based. */
  readonly attempt: number;
  /** Attempts allowed in total. */
  readonly attempts: number;
  /** Wait before the next attempt. */
  readonly delayMs: number;
}

/** Injected parts, so tests can run without waiting. */
export interface RetryOptions {
  readonly policy: RetryPolicy;
  /** Maps a thrown value to a typed, scrubbed failure with a retry decision. */
  readonly classify: (error: unknown) => HubFailure;
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Uniform in [0, 1). @default Math.random */
  readonly random?: () => number;
  /** @default a timer that waits at least `ms` on the monotonic clock */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Backoff before retry number `retry` (1-based): `min(maxDelay, minDelay · 2^(retry-1))`, of which the
 * lower half is fixed and the upper half random ("equal jitter"), so clients that failed together spread
 * out while the wait still grows.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/**
 * Runs `attempt` until it succeeds, a failure is classified as not retryable, or `policy.retries` retries
 * are spent. The wait before a retry is the larger of the backoff and the hub's `Retry-After`.
 * Rejects with the typed error of the last failure; when retries ran out its message says so.
 */
export async function withRetry<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy } = options;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepAtLeast;
  const attempts = policy.retries + 1;
  const waits = new WeakMap<Error, number>();
  let lastRetryable: IotEdgeGitopsError | undefined;
  try {
    return await pRetry(
      async (attemptNumber) => {
        try {
          return await attempt(attemptNumber);
        } catch (thrown) {
          const failure = options.classify(thrown);
          if (!failure.retryable) throw new AbortError(failure.error);
          if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
            throw new AbortError(
              new TransientError(
                `${failure.error.message}; the hub asked to wait ${_seconds(failure.retryAfterMs)} (Retry-After), longer than the ${_seconds(policy.maxRetryAfterMs)} allowed: try again later`,
                { stage: failure.error.stage, cause: failure.error.cause },
              ),
            );
          }
          const delayMs = Math.max(backoffDelayMs(attemptNumber, policy, random()), failure.retryAfterMs ?? 0);
          waits.set(failure.error, delayMs);
          lastRetryable = failure.error;
          throw failure.error;
        }
      },
      {
        retries: policy.retries,
        // p-retry only counts attempts here; the wait happens in onFailedAttempt because p-retry's own
        // backoff cannot take Retry-After into account.
        minTimeout: 0,
        factor: 1,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          const delayMs = waits.get(error);
          if (retriesLeft <= 0 || delayMs === undefined) return;
          options.onRetry?.({ error: error as IotEdgeGitopsError, attempt: attemptNumber, attempts, delayMs });
          await sleep(delayMs);
        },
      },
    );
  } catch (error) {
    if (error === lastRetryable && attempts > 1) {
      const last = error as IotEdgeGitopsError;
      throw new TransientError(`${last.message}; gave up after ${attempts} attempts`, { stage: last.stage, cause: last.cause });
    }
    throw error;
  }
}

/** Waits at least `ms` as measured by `performance.now()` (a timer alone may fire a millisecond early). */
export async function sleepAtLeast(ms: number): Promise<void> {
  const end = performance.now() + ms;
  for (let left = ms; left > 0; left = end - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
  }
}

function _seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}
