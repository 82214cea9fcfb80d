/**
 * The fake hub itself, checked against the spec rather than against the client, so that the client
 * tests prove something: SAS verification (§9), required api-version, error body shape, and paging (§8).
 */
import https from 'node:https';
import iothub from 'azure-iothub';
import { signSasToken, startFakeIotHub, verifySasToken, type FakeIotHub } from '../../fakes/iothub/index.js';
import { edgeTwins } from '../../builders.js';

const KEY = Buffer.alloc(32, 1).toString('base64');
const POLICIES = { registryRead: KEY };
const HOST = 'fakehub.azure-devices.net';
const NOW = 1_700_000_000;

describe('verifySasToken (spec §9)', () => {
  it.each([
    { name: 'a token signed with the policy key', header: signSasToken(HOST, 'registryRead', KEY, NOW + 60), ok: true, reason: undefined },
    { name: 'pairs in another order', header: signSasToken(HOST, 'registryRead', KEY, NOW + 60).replace(/^SharedAccessSignature (sr=[^&]*)&(sig=[^&]*)&(skn=[^&]*)&(se=\d+)$/, 'SharedAccessSignature $4&$3&$2&$1'), ok: true, reason: undefined },
    { name: 'an URL-encoded sr (device-side generators)', header: signSasToken(encodeURIComponent(HOST), 'registryRead', KEY, NOW + 60), ok: true, reason: undefined },
    { name: 'a wrong key', header: signSasToken(HOST, 'registryRead', Buffer.alloc(32, 2).toString('base64'), NOW + 60), ok: false, reason: 'bad signature' },
    { name: 'an expired token (se = now)', header: signSasToken(HOST, 'registryRead', KEY, NOW), ok: false, reason: 'expired' },
    { name: 'an unknown policy', header: signSasToken(HOST, 'owner', KEY, NOW + 60), ok: false, reason: 'unknown policy' },
    { name: 'a token for another hub', header: signSasToken('other.azure-devices.net', 'registryRead', KEY, NOW + 60), ok: false, reason: 'token for another hub' },
    { name: 'no SharedAccessSignature prefix', header: 'Bearer x', ok: false, reason: 'no SharedAccessSignature' },
    { name: 'a missing field', header: 'SharedAccessSignature sr=x&sig=y&se=1', ok: false, reason: 'missing sr, se, sig or skn' },
  ])('$name', ({ header, ok, reason }) => {
    const check = verifySasToken(header, HOST, POLICIES, NOW);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.reason).toBe(reason);
  });

  it('accepts the token azure-iothub itself makes from a connection string', () => {
    const sas = iothub.SharedAccessSignature.create(HOST, 'registryRead', KEY, NOW + 3600);
    expect(verifySasToken(sas.toString(), HOST, POLICIES, NOW)).toStrictEqual({ ok: true, policy: 'registryRead' });
  });
});

describe('fake hub over raw HTTPS', () => {
  let hub: FakeIotHub;
  beforeAll(async () => {
    hub = await startFakeIotHub({ policies: POLICIES, twins: edgeTwins(3), configurations: [{ id: 'a' }] });
  });
  afterAll(async () => {
    await hub.close();
  });

  function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const auth = signSasToken(HOST, 'registryRead', KEY, Math.ceil(Date.now() / 1000) + 3600);
    return new Promise((resolve, reject) => {
      const req = https.request({ host: HOST, method, path, agent: hub.agent, headers: { authorization: auth, ...headers } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it.each<{ name: string; method: string; path: string; headers: Record<string, string>; status: number; body: string | RegExp }>([
    { name: 'configurations list', method: 'GET', path: '/configurations?api-version=2021-04-12', headers: {}, status: 200, body: '[{"id":"a"}]' },
    { name: 'configurations list honours top', method: 'GET', path: '/configurations?api-version=x&top=0', headers: {}, status: 200, body: '[]' },
    { name: 'one configuration', method: 'GET', path: '/configurations/a?api-version=x', headers: {}, status: 200, body: '{"id":"a"}' },
    { name: 'a missing configuration: 404 with the IoT Hub error body', method: 'GET', path: '/configurations/b?api-version=x', headers: {}, status: 404, body: /^\{"Message":"ErrorCode:ConfigurationNotFound;Configuration b not found","ExceptionMessage":"Tracking ID:[0-9a-f]{32}-G:0-TimeStamp:.*"\}$/ },
    { name: 'api-version is required', method: 'GET', path: '/configurations', headers: {}, status: 400, body: /"Message":"ErrorCode:ArgumentNull;api-version is required"/ },
    { name: 'no Authorization: 401 IotHubUnauthorizedAccess', method: 'GET', path: '/configurations?api-version=x', headers: { authorization: 'SharedAccessSignature sr=x' }, status: 401, body: /"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized"/ },
    { name: 'a query other than SELECT * FROM devices [WHERE capabilities.iotEdge = true]', method: 'POST', path: '/devices/query?api-version=x', headers: { 'content-type': 'application/json' }, status: 400, body: /query not supported/ },
  ])('$name', async ({ method, path, headers, status, body }) => {
    const response = await call(method, path, headers, method === 'POST' ? JSON.stringify({ query: 'SELECT deviceId FROM devices' }) : undefined);
    expect(response.status).toBe(status);
    expect(String(response.headers['content-type'])).toContain('application/json');
    if (typeof body === 'string') expect(response.body).toBe(body);
    else expect(response.body).toMatch(body);
  });

  it('pages with x-ms-max-item-count and sends x-ms-continuation on every page but the last', async () => {
    const headers = { 'content-type': 'application/json', 'x-ms-max-item-count': '2' };
    const body = JSON.stringify({ query: 'SELECT * FROM devices WHERE capabilities.iotEdge = true' });
    const first = await call('POST', '/devices/query?api-version=x', headers, body);
    expect((JSON.parse(first.body) as unknown[]).length).toBe(2);
    const token = first.headers['x-ms-continuation'] as string;
    expect(token).toEqual(expect.any(String));
    const last = await call('POST', '/devices/query?api-version=x', { ...headers, 'x-ms-continuation': token }, body);
    expect((JSON.parse(last.body) as { deviceId: string }[]).map((t) => t.deviceId)).toStrictEqual(['edge-00002']);
    expect('x-ms-continuation' in last.headers).toBe(false);
  });

  it('logs requests without their Authorization header', () => {
    expect(JSON.stringify(hub.requests)).not.toContain('sig=');
    expect(hub.requests.some((r) => r.policy === 'registryRead')).toBe(true);
  });
});
