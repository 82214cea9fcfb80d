import { scrubSecrets } from '../../src/source/scrub-secrets.js';

const KEY = 'c2VjcmV0LWtleS0xMjM0NTY3ODkw+/==';
const CS = `HostName=h.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=${KEY}`;

describe('scrubSecrets', () => {
  it.each([
    { name: 'a known connection string is replaced whole', text: `cannot use ${CS}`, known: [CS, KEY], expected: 'cannot use <redacted>' },
    { name: 'a known key is replaced, also URL-encoded', text: `k=${KEY} e=${encodeURIComponent(KEY)}`, known: [KEY], expected: 'k=<redacted> e=<redacted>' },
    { name: 'an unknown SharedAccessKey= value', text: 'HostName=x;SharedAccessKey=abc123==;x=1', known: [], expected: 'HostName=x;SharedAccessKey=<redacted>;x=1' },
    { name: 'an AccountKey= value', text: 'AccountName=a;AccountKey=Zm9vYmFy;EndpointSuffix=core.windows.net', known: [], expected: 'AccountName=a;AccountKey=<redacted>;EndpointSuffix=core.windows.net' },
    { name: 'a SAS token in an Authorization header', text: '"Authorization":"SharedAccessSignature sr=h&sig=abc%2B&skn=p&se=1"', known: [], expected: '"Authorization":"SharedAccessSignature <redacted>"' },
    { name: 'a SAS URL signature', text: 'https://a.blob.core.windows.net/c?sv=2020&sig=abc%3D&se=1', known: [], expected: 'https://a.blob.core.windows.net/c?sv=2020&sig=<redacted>&se=1' },
    { name: 'a bearer token', text: 'Authorization: Bearer eyJhbGciOi.J9.x', known: [], expected: 'Authorization: Bearer <redacted>' },
    { name: 'known values shorter than 4 characters are ignored', text: 'a b c', known: ['a'], expected: 'a b c' },
    { name: 'plain text is unchanged', text: 'IoT Hub h: reading configurations failed (HTTP 401)', known: [KEY], expected: 'IoT Hub h: reading configurations failed (HTTP 401)' },
  ])('$name', ({ text, known, expected }) => {
    expect(scrubSecrets(text, known)).toBe(expected);
  });
});
