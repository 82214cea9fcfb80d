import { credentialArgs, isCredentialName, looksLikeCredential, REDACTED_MARKER, scrubSecrets, type ArgCredential } from '../../src/model/credential-patterns.js';

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

describe('isCredentialName: one rule for env, settings, labels, tags and flags', () => {
  it.each<{ name: string; credential: boolean }>([
    { name: 'DB_PASSWORD', credential: true },
    { name: 'DB_PWD', credential: true },
    { name: 'mqttPass', credential: true },
    { name: 'PASS', credential: true },
    { name: 'SAS', credential: true },
    { name: 'blob-sas', credential: true },
    { name: 'PRIVATE_KEY_PEM', credential: true },
    { name: 'privateData', credential: true },
    { name: 'ssh-passphrase', credential: true },
    { name: 'BYPASS_PROXY', credential: false },
    { name: 'COMPASS_URL', credential: false },
    { name: 'KANSAS_SITE', credential: false },
    { name: 'PASSENGER_COUNT', credential: false },
    { name: 'LOG_LEVEL', credential: false },
  ])('$name → $credential', ({ name, credential }) => {
    expect(isCredentialName(name)).toBe(credential);
  });
});

describe('looksLikeCredential: values that are credentials whatever their key', () => {
  it.each<{ name: string; value: string; credential: boolean }>([
    { name: 'a SQL Server connection string with Password=', value: 'Server=db;User Id=sa;Password=Hunter2!;', credential: true },
    { name: 'a connection string with Pwd=', value: 'Driver={x};Server=db;Uid=sa;Pwd=Hunter2', credential: true },
    { name: 'a password in a mongodb URL', value: 'mongodb://admin:pw@db:27017/x', credential: true },
    { name: 'a password in an rtsp URL', value: 'rtsp://viewer:s3cret@10.0.0.9/stream1', credential: true },
    { name: 'a JWT', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', credential: true },
    { name: 'a bearer token', value: 'Bearer abcdefghijklmnop0123', credential: true },
    { name: 'an AWS access key id', value: 'AKIAABCDEFGHIJKLMNOP', credential: true },
    { name: 'the redaction marker itself', value: `--x=${REDACTED_MARKER}`, credential: true },
    { name: 'a URL with a user only', value: 'ssh://git@github.com/a/b', credential: false },
    { name: 'a plain URL with a port', value: 'http://host:8080/path', credential: false },
    { name: 'a sentence about bearer tokens', value: 'Bearer auth', credential: false },
    { name: 'a password policy text', value: 'PasswordPolicy=strict', credential: false },
  ])('$name → $credential', ({ value, credential }) => {
    expect(looksLikeCredential(value)).toBe(credential);
  });
});

describe('credentialArgs: credentials in a command line', () => {
  it.each<{ name: string; args: string[]; expected: ArgCredential[] }>([
    { name: 'the argument after --password', args: ['serve', '--password', 'p4ss', '--port', '80'], expected: [{ index: 2, prefix: '' }] },
    { name: '--token=X keeps its flag', args: ['--token=abc', '-v'], expected: [{ index: 0, prefix: '--token=' }] },
    { name: 'a single-dash credential flag', args: ['-sas', 'sv=1'], expected: [{ index: 1, prefix: '' }] },
    { name: 'a flag followed by another flag has no value', args: ['--use-token', '--verbose'], expected: [] },
    { name: 'a connection string argument, whatever precedes it', args: ['--conn', 'HostName=h;DeviceId=d;SharedAccessKey=abc='], expected: [{ index: 1, prefix: '' }] },
    { name: 'a URL with a password', args: ['--db', 'mongodb://admin:pw@db/x'], expected: [{ index: 1, prefix: '' }] },
    { name: 'a credential flag at the end has nothing to hide', args: ['--password'], expected: [] },
    { name: 'an empty --password= has nothing to hide', args: ['--password='], expected: [] },
    { name: 'plain arguments', args: ['python', 'main.py', '--port', '8080'], expected: [] },
  ])('$name', ({ args, expected }) => {
    expect(credentialArgs(args)).toStrictEqual(expected);
  });
});
