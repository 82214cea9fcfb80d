import { RestApiClient } from 'azure-iothub/dist/common-http/rest_api_client.js';
import { ConfigError, TransientError } from '../../../src/errors.js';
import { classifyHubError, HubProtocolError, type HubCallContext } from '../../../src/source/live/hub-error.js';
import { RequestTimeoutError } from '../../../src/source/live/request-deadline.js';

const KEY = 'c2VjcmV0LWtleS1vZi10aGUtcG9saWN5LTEyMzQ1Njc4OTA=';
const CONNECTION_STRING = `HostName=h.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=${KEY}`;
const CONTEXT: HubCallContext = { operation: 'reading configurations', hostName: 'h.azure-devices.net', secrets: [CONNECTION_STRING, KEY], nowMs: 0 };

/** The error the real client builds for an HTTP error answer (RestApiClient.translateError, as it does on the wire). */
function httpError(status: number, body: string, headers: Record<string, string> = {}): Error {
  return RestApiClient.translateError(body, { statusCode: status, headers });
}

const hubBody = (code: string, text: string): string => JSON.stringify({ Message: `ErrorCode:${code};${text}`, ExceptionMessage: 'Tracking ID:1-G:0' });
const systemError = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('classifyHubError', () => {
  it.each([
    { name: '429 is throttling: retry, with Retry-After', error: httpError(429, hubBody('ThrottlingException', 'slow down'), { 'retry-after': '2' }), type: TransientError, retryable: true, retryAfterMs: 2000, message: 'IoT Hub h.azure-devices.net: reading configurations throttled (HTTP 429 ThrottlingException: slow down)' },
    { name: '500 is transient in IoT Hub: retry', error: httpError(500, hubBody('ServerError', 'oops')), type: TransientError, retryable: true, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations temporarily failed (HTTP 500 ServerError: oops)' },
    { name: '503 is transient: retry', error: httpError(503, hubBody('ServiceUnavailable', 'busy')), type: TransientError, retryable: true, retryAfterMs: undefined, message: undefined },
    { name: '504 is transient: retry', error: httpError(504, ''), type: TransientError, retryable: true, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations temporarily failed (HTTP 504)' },
    { name: '401 is a configuration problem naming registryRead', error: httpError(401, hubBody('IotHubUnauthorizedAccess', 'Unauthorized')), type: ConfigError, retryable: false, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations failed (HTTP 401 IotHubUnauthorizedAccess: Unauthorized): unauthorized; check the SharedAccessKey of the connection string and that its policy has the registryRead permission' },
    { name: '403 is a permission problem', error: httpError(403, hubBody('IotHubQuotaExceeded', 'no')), type: ConfigError, retryable: false, retryAfterMs: undefined, message: undefined },
    { name: '404 means the hub name is wrong', error: httpError(404, hubBody('IotHubNotFound', 'no hub')), type: ConfigError, retryable: false, retryAfterMs: undefined, message: undefined },
    { name: 'a JSON syntax error is a truncated body: retry', error: new SyntaxError('Unexpected end of JSON input'), type: TransientError, retryable: true, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations: the response was not complete JSON (truncated?)' },
    { name: 'our deadline: retry', error: new RequestTimeoutError(300), type: TransientError, retryable: true, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations timed out (no complete response within 300 ms)' },
    { name: 'connection reset: retry', error: systemError('ECONNRESET', 'aborted'), type: TransientError, retryable: true, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations: connection failed (ECONNRESET)' },
    { name: 'socket hang up without a code: retry', error: new Error('socket hang up'), type: TransientError, retryable: true, retryAfterMs: undefined, message: undefined },
    { name: 'unknown host is a wrong HostName: no retry', error: systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND h.azure-devices.net'), type: ConfigError, retryable: false, retryAfterMs: undefined, message: undefined },
    { name: 'an untrusted certificate: no retry', error: systemError('DEPTH_ZERO_SELF_SIGNED_CERT'), type: ConfigError, retryable: false, retryAfterMs: undefined, message: undefined },
    { name: 'a protocol error marked retryable: retry', error: new HubProtocolError('query page 2 was not a JSON array', true), type: TransientError, retryable: true, retryAfterMs: undefined, message: undefined },
    { name: 'an unknown error is not retried', error: new TypeError('x is not a function'), type: TransientError, retryable: false, retryAfterMs: undefined, message: 'IoT Hub h.azure-devices.net: reading configurations: TypeError: x is not a function' },
  ])('$name', ({ error, type, retryable, retryAfterMs, message }) => {
    const failure = classifyHubError(error, CONTEXT);
    expect(failure.error).toBeInstanceOf(type);
    expect(failure.retryable).toBe(retryable);
    expect(failure.retryAfterMs).toBe(retryAfterMs);
    if (message !== undefined) expect(failure.error.message).toBe(message);
    expect(failure.error.stage).toBe('source');
  });

  it.each([
    { name: 'an error whose message embeds the connection string', error: new Error(`failed with ${CONNECTION_STRING}`) },
    { name: 'an error whose message embeds the SAS header', error: new Error(`request {"Authorization":"SharedAccessSignature sr=h.azure-devices.net&sig=${encodeURIComponent(KEY)}&skn=registryRead&se=1"}`) },
    { name: 'a hub error body that echoes the key', error: httpError(400, hubBody('ArgumentInvalid', `bad key ${KEY}`)) },
  ])('no secret survives: $name', ({ error }) => {
    const failure = classifyHubError(error, CONTEXT);
    const text = failure.error.message + JSON.stringify(failure.error.cause ?? null);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(encodeURIComponent(KEY));
    expect(text).not.toContain('sig=c2');
  });

  it('does not keep the client error (it references the request and its Authorization header)', () => {
    const error = httpError(401, hubBody('IotHubUnauthorizedAccess', 'Unauthorized'));
    const failure = classifyHubError(error, CONTEXT);
    expect(failure.error.cause).toStrictEqual({ statusCode: 401, errorCode: 'IotHubUnauthorizedAccess' });
  });
});
