/**
 * withDeadline / RequestTimeoutError (src/source/live/request-deadline.ts): a hard deadline on one IoT Hub
 * request. Contract: settles like the request when it settles first; otherwise calls `abort` and then
 * rejects with RequestTimeoutError (code ETIMEDOUT, retryable) naming the deadline; a late settlement is
 * swallowed. hub-error.test.ts covers how the error is classified; this file covers the race itself.
 * Deadlines are a few milliseconds of real time, so the file stays fast.
 */
import { RequestTimeoutError, withDeadline } from '../../../src/source/live/request-deadline.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('RequestTimeoutError', () => {
  it('carries the deadline, the ETIMEDOUT code and a message naming the deadline', () => {
    const error = new RequestTimeoutError(1500);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.timeoutMs, error.message]).toStrictEqual(['RequestTimeoutError', 'ETIMEDOUT', 1500, 'no complete response within 1500 ms']);
  });
});

describe('withDeadline', () => {
  it('a request that answers in time: its value, and abort is never called (not even later)', async () => {
    let aborted = 0;
    await expect(withDeadline(Promise.resolve('body'), 20, () => aborted++)).resolves.toBe('body');
    await sleep(40);
    expect(aborted).toBe(0);
  });

  it('a request that fails in time: its own error, not a timeout, and no abort', async () => {
    let aborted = 0;
    const failure = new Error('503');
    await expect(withDeadline(Promise.reject(failure), 20, () => aborted++)).rejects.toBe(failure);
    await sleep(40);
    expect(aborted).toBe(0);
  });

  it('a stalled request: abort is called once, before the rejection, which is a RequestTimeoutError of that deadline', async () => {
    const events: string[] = [];
    const request = deferred<string>();
    const result = withDeadline(request.promise, 10, () => events.push('abort')).catch((error: unknown) => {
      events.push('rejected');
      return error;
    });
    const error = await result;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(10);
    expect(events).toStrictEqual(['abort', 'rejected']);
  });

  it.each([
    { name: 'a late answer', settle: (d: ReturnType<typeof deferred<string>>) => d.resolve('late') },
    { name: 'a late failure', settle: (d: ReturnType<typeof deferred<string>>) => d.reject(new Error('late')) },
  ])('$name after the deadline is swallowed: the outcome stays the timeout, abort stays at one call', async ({ settle }) => {
    let aborted = 0;
    const request = deferred<string>();
    const outcome = withDeadline(request.promise, 5, () => aborted++).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    await sleep(20);
    settle(request);
    await sleep(5);
    const settled = await outcome;
    expect(settled).not.toHaveProperty('value');
    expect((settled as { error: unknown }).error).toBeInstanceOf(RequestTimeoutError);
    expect(aborted).toBe(1);
  });
});
