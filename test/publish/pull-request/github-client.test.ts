/**
 * The bounds of the GitHub client (issue 19 item 14), with the real @octokit/rest client and its plugins against
 * the loopback GitHub fake: a request that is never answered, and rate limits that ask for a longer wait than the
 * client accepts, end the call quickly with a TransientError (exit 3) that says what happened. The bounds are the
 * client's `bounds` option; the tests pass small values, production uses DEFAULT_GITHUB_BOUNDS.
 */
import { callGitHub, createGitHubClient, DEFAULT_GITHUB_BOUNDS } from '../../../src/publish/pull-request/github-client.js';
import { FakeGitHubServer } from '../../fakes/github/fake-github-server.js';

let fake: FakeGitHubServer;
beforeEach(async () => {
  fake = await FakeGitHubServer.start();
});
afterEach(async () => {
  await fake.close();
});

const LIST = /^\/repos\/acme\/fleet\/pulls$/;
function listPulls() {
  const client = createGitHubClient({ token: fake.token, baseUrl: fake.url, bounds: { retries: 2, retryBaseMs: 1, requestTimeoutMs: 200 } });
  return callGitHub(client, 'list pull requests', () => client.octokit.pulls.list({ owner: 'acme', repo: 'fleet', state: 'open' }));
}
const listed = () => fake.requests.filter((r) => r.method === 'GET' && LIST.test(r.path)).length;
const inAnHour = () => String(Math.floor(Date.now() / 1000) + 3600);

it('an API that never answers: each try is aborted after requestTimeoutMs, retried `retries` times, then a TransientError', async () => {
  fake.hang({ method: 'GET', path: LIST, times: 100 });
  const error = await listPulls().catch((e: Error) => e);
  expect([(error as Error).name, (error as Error).message]).toStrictEqual([
    'TransientError',
    'GitHub did not answer within 0.2 s to list pull requests (3 tries): giving up; run again later',
  ]);
  expect(listed()).toBe(3);
});

it('an answer that comes on the next try: the timed-out try is retried and the call succeeds', async () => {
  fake.hang({ method: 'GET', path: LIST, times: 1 });
  fake.addPull({ title: 't', body: null, head: 'h', base: 'main' });
  const { data } = await listPulls();
  expect(data.map((p) => p.title)).toStrictEqual(['t']);
  expect(listed()).toBe(2);
});

it.each([
  {
    name: '403 secondary rate limit, Retry-After 3600',
    fault: { status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '3600' } },
    message: 'GitHub asks to wait 3600 s (secondary rate limit) to list pull requests, more than 60 s: giving up; run again later',
  },
  {
    name: '429 secondary rate limit, Retry-After 3600',
    fault: { status: 429, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '3600' } },
    message: 'GitHub asks to wait 3600 s (secondary rate limit) to list pull requests, more than 60 s: giving up; run again later',
  },
  {
    name: '429 without a rate-limit message, Retry-After 3600',
    fault: { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '3600' } },
    message: 'GitHub asks to wait 3600 s (rate limit) to list pull requests, more than 60 s: giving up; run again later',
  },
  {
    name: '403 primary rate limit exhausted, reset in an hour',
    fault: { status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'IN_AN_HOUR' } },
    message: /^GitHub asks to wait 3\d{3} s \(rate limit\) to list pull requests, more than 60 s: giving up; run again later$/,
  },
])('$name: given up at once (one request), TransientError saying how long GitHub asked to wait', async ({ fault, message }) => {
  const headers = Object.fromEntries(Object.entries(fault.headers).map(([k, v]) => [k, v === 'IN_AN_HOUR' ? inAnHour() : v]));
  fake.fail({ method: 'GET', path: LIST, ...fault, headers, times: 100 });
  const error = (await listPulls().catch((e: Error) => e)) as Error;
  expect(error.name).toBe('TransientError');
  expect(error.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  expect(error.message).not.toContain(fake.token);
  expect(listed()).toBe(1);
});

it.each([
  { name: '403 secondary rate limit, Retry-After 60 (the bound itself)', status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '60' } },
  { name: '429 secondary rate limit, Retry-After 2', status: 429, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '2' } },
])('$name: honoured (waited, then retried) and the call succeeds', async (fault) => {
  fake.fail({ method: 'GET', path: LIST, ...fault, times: 2 });
  const { data } = await listPulls();
  expect(data).toStrictEqual([]);
  expect(listed()).toBe(3);
});

it('a secondary rate limit within the bound that never lifts: given up after `retries` retries', async () => {
  fake.fail({ method: 'GET', path: LIST, status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' }, times: 100 });
  const error = (await listPulls().catch((e: Error) => e)) as Error;
  expect([error.name, error.message]).toStrictEqual(['TransientError', 'GitHub API could not list pull requests: 403 You have exceeded a secondary rate limit (check --github-repo and the token permissions: contents and pull-requests write)']);
  expect(listed()).toBe(3);
});

it('DEFAULT_GITHUB_BOUNDS: 3 retries 1, 4 and 9 s apart after a 5xx, 30 s per request, Retry-After up to a minute', () => {
  expect(DEFAULT_GITHUB_BOUNDS).toStrictEqual({ retries: 3, retryBaseMs: 1000, requestTimeoutMs: 30_000, maxRetryAfterSeconds: 60 });
});
