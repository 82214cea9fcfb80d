import { gitAuthEnv } from '../../../src/publish/git/git-work-tree.js';
import { TOOL_VERSION } from '../../../src/tool-version.js';
import { readFileSync } from 'node:fs';

describe('gitAuthEnv', () => {
  it.each([
    { name: 'https remote with a token uses an extraheader scoped to the origin', repo: 'https://github.com/acme/fleet.git', token: 'tok-123456789', key: 'http.https://github.com/.extraheader' },
    { name: 'GitHub Enterprise host', repo: 'https://ghe.example.com:8443/acme/fleet.git', token: 'tok-123456789', key: 'http.https://ghe.example.com:8443/.extraheader' },
  ])('$name', ({ repo, token, key }) => {
    const env = gitAuthEnv(repo, token)!;
    expect(env.GIT_CONFIG_COUNT).toBe('1');
    expect(env.GIT_CONFIG_KEY_0).toBe(key);
    expect(env.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: basic ${Buffer.from('x-access-token:tok-123456789').toString('base64')}`);
  });

  it.each([
    { name: 'no token', repo: 'https://github.com/a/b.git', token: undefined },
    { name: 'local path', repo: '/srv/git/fleet.git', token: 'tok-123456789' },
    { name: 'ssh remote', repo: 'git@github.com:a/b.git', token: 'tok-123456789' },
  ])('no auth env for $name', ({ repo, token }) => {
    expect(gitAuthEnv(repo, token)).toBeNull();
  });
});

describe('TOOL_VERSION', () => {
  it('equals the package version (trailers and PR metadata name the real release)', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version);
  });
});
