import { ConfigError, TransientError } from '../../../src/errors.js';
import type { HubFailure } from '../../../src/source/live/hub-error.js';
import { backoffDelayMs, sleepAtLeast, withRetry, type RetryNotice, type RetryPolicy } from '../../../src/source/live/retry.js';

const POLICY: RetryPolicy = { retries: 3, minDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('backoffDelayMs', () => {
  it.each([
    { name: 'first retry, no jitter: half of minDelay', retry: 1, random: 0, expected: 50 },
    { name: 'first retry, full jitter: minDelay', retry: 1, random: 0.999999, expected: 100 },
    { name: 'third retry doubles twice: ceiling 400, half fixed', retry: 3, random: 0.5, expected: 300 },
    { name: 'the ceiling is capped by maxDelay', retry: 10, random: 0, expected: 500 },
    { name: 'capped and full jitter stays at maxDelay', retry: 10, random: 0.999999, expected: 1000 },
  ])('$name', ({ retry, random, expected }) => {
    expect(backoffDelayMs(retry, POLICY, random)).toBe(expected);
  });
});

/** A failure source: throws the scripted failures in order, then returns 'ok'. */
function script(failures: HubFailure[]): { attempt: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    attempt: async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return 'ok';
    },
    calls: () => calls,
  };
}

const transient = (retryAfterMs?: number): HubFailure => ({ error: new TransientError('IoT Hub h: reading x throttled (HTTP 429)'), retryable: true, retryAfterMs });
const terminal = (): HubFailure => ({ error: new ConfigError('IoT Hub h: reading x failed (HTTP 401)'), retryable: false });

async function run(failures: HubFailure[], random = 0): Promise<{ result?: string; error?: unknown; sleeps: number[]; notices: RetryNotice[]; calls: number }> {
  const sleeps: number[] = [];
  const notices: RetryNotice[] = [];
  const source = script(failures);
  try {
    const result = await withRetry(source.attempt, {
      policy: POLICY,
      classify: (thrown) => thrown as HubFailure,
      random: () => random,
      sleep: async (ms) => void sleeps.push(ms),
      onRetry: (notice) => notices.push(notice),
    });
    return { result, sleeps, notices, calls: source.calls() };
  } catch (error) {
    return { error, sleeps, notices, calls: source.calls() };
  }
}

describe('withRetry', () => {
  it.each([
    { name: 'success at once: no wait', failures: [], calls: 1, sleeps: [] },
    { name: 'two transient failures: backoff 50 then 100 (random 0)', failures: [transient(), transient()], calls: 3, sleeps: [50, 100] },
    { name: 'Retry-After longer than the backoff wins', failures: [transient(1000)], calls: 2, sleeps: [1000] },
    { name: 'backoff longer than Retry-After wins', failures: [transient(), transient(), transient(10)], calls: 4, sleeps: [50, 100, 200] },
  ])('$name', async ({ failures, calls, sleeps }) => {
    const outcome = await run(failures);
    expect(outcome.result).toBe('ok');
    expect(outcome.calls).toBe(calls);
    expect(outcome.sleeps).toStrictEqual(sleeps);
    expect(outcome.notices.map((n) => n.delayMs)).toStrictEqual(sleeps);
  });

  it('a non-retryable failure is thrown at once, unchanged', async () => {
    const failure = terminal();
    const outcome = await run([failure]);
    expect(outcome.error).toBe(failure.error);
    expect(outcome.calls).toBe(1);
    expect(outcome.sleeps).toStrictEqual([]);
  });

  it('retries are bounded: retries + 1 attempts, then a TransientError that says so', async () => {
    const outcome = await run([transient(), transient(), transient(), transient(), transient()]);
    expect(outcome.calls).toBe(4);
    expect(outcome.sleeps).toStrictEqual([50, 100, 200]);
    expect(outcome.error).toBeInstanceOf(TransientError);
    expect((outcome.error as Error).message).toBe('IoT Hub h: reading x throttled (HTTP 429); gave up after 4 attempts');
  });

  it('a Retry-After beyond maxRetryAfterMs fails instead of stalling', async () => {
    const outcome = await run([transient(60000)]);
    expect(outcome.calls).toBe(1);
    expect(outcome.sleeps).toStrictEqual([]);
    expect(outcome.error).toBeInstanceOf(TransientError);
    expect((outcome.error as Error).message).toContain('asked to wait 60 s (Retry-After), longer than the 5 s allowed');
  });

  it('notices count attempts from 1 and know the total', async () => {
    const outcome = await run([transient(), transient()]);
    expect(outcome.notices.map(({ attempt, attempts }) => [attempt, attempts])).toStrictEqual([
      [1, 4],
      [2, 4],
    ]);
  });
});

describe('sleepAtLeast', () => {
  it('waits at least the time asked on the monotonic clock', async () => {
    const start = performance.now();
    await sleepAtLeast(30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(30);
  });
});
