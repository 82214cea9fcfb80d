/** A hard deadline on one IoT Hub request: the client itself sets none, so a stalled response would hang the run. */

/** Thrown when a request is still unanswered at its deadline. Retryable, like a 503. */
export class RequestTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(readonly timeoutMs: number) {
    super(`no complete response within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * Settles like `request`, or rejects with RequestTimeoutError after `timeoutMs`, calling `abort` first
 * so that the stalled socket is torn down rather than left to finish in the background. A late
 * settlement of `request` after the deadline is swallowed.
 */
export function withDeadline<T>(request: Promise<T>, timeoutMs: number, abort: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      abort();
      reject(new RequestTimeoutError(timeoutMs));
    }, timeoutMs);
    request.then(
      (value) => {
        if (settled) return;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
