import { scrubSecrets } from '../../src/model/credential-patterns.js';

const KEY = 'c2VjcmV0LWtleS0xMjM0NTY3ODkw+/==';
const CS = `HostName=h.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=${KEY}`;

describe('scrubSecrets: one rule for every text that leaves the process', () => {
  it.each<{ name: string; text: string; known?: string[]; expected: string }>([

    { name: 'a known connection string is replaced whole', text: `cannot use ${CS}`, known: [CS, KEY], expected: 'cannot use <redacted>' },
    { name: 'a known key is replaced, also URL-encoded', text: `k=${KEY} e=${encodeURIComponent(KEY)}`, known: [KEY], expected: 'k=<redacted> e=<redacted>' },
    { name: 'an unknown SharedAccessKey= value', text: 'HostName=x;SharedAccessKey=abc123==;x=1', known: [], expected: 'HostName=x;SharedAccessKey=<redacted>;x=1' },
    { name: 'an AccountKey= value', text: 'AccountName=a;AccountKey=Zm9vYmFy;EndpointSuffix=core.windows.net', known: [], expected: 'AccountName=a;AccountKey=<redacted>;EndpointSuffix=core.windows.net' },
    { name: 'a SAS token in an Authorization header', text: '"Authorization":"SharedAccessSignature sr=h&sig=abc%2B&skn=p&se=1"', known: [], expected: '"Authorization":"SharedAccessSignature <redacted>"' },
    { name: 'a SAS URL signature', text: 'https://a.blob.core.windows.net/c?sv=2020&sig=abc%3D&se=1', known: [], expected: 'https://a.blob.core.windows.net/c?sv=2020&sig=<redacted>&se=1' },
    { name: 'a bearer token', text: 'Authorization: Bearer eyJhbGciOi.J9.x', known: [], expected: 'Authorization: Bearer <redacted>' },
    { name: 'plain text is unchanged', text: 'IoT Hub h: reading configurations failed (HTTP 401)', known: [KEY], expected: 'IoT Hub h: reading configurations failed (HTTP 401)' },

    { name: 'credentials in a URL', text: "fatal: unable to access 'https://bot:p4ssw0rd@github.com/a/b.git/'", expected: "fatal: unable to access 'https://<redacted>@github.com/a/b.git/'" },
    { name: 'user only in a URL', text: 'https://x-access-token@github.com/a', expected: 'https://<redacted>@github.com/a' },
    { name: 'authorization header', text: 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hw', expected: 'AUTHORIZATION: basic <redacted>' },
    { name: 'bearer header', text: 'authorization: bearer abc.def.ghi', expected: 'authorization: bearer <redacted>' },
    { name: 'IoT Hub connection string key', text: 'HostName=h.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=abc123==', expected: 'HostName=h.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=<redacted>' },
    { name: 'storage account key', text: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;', expected: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=<redacted>;' },
    { name: 'SAS signature', text: 'SharedAccessSignature sr=h&sig=abc%2Bdef&se=1', expected: 'SharedAccessSignature <redacted>' },
    { name: 'a literal token', text: 'token ghp_abcdefghijklmnop rejected', known: ['ghp_abcdefghijklmnop'], expected: 'token <redacted> rejected' },
    { name: 'known values shorter than 8 characters are ignored', text: 'main branch', known: ['main'], expected: 'main branch' },
  ])('$name', ({ text, known, expected }) => {
    expect(scrubSecrets(text, known)).toBe(expected);
  });
});
