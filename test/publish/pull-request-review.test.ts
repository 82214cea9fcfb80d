/**
 * The pull request a reviewer reads at fleet scale: the real pipeline renders a synthetic fleet before and after
 * one change (fleetBefore, fleetAfter), the before is committed to a bare repository, and the after is proposed through
 * the real @octokit/rest client against the loopback GitHub fake. Expected texts are worked out from the fleet:
 * device i is `dev-<i, 5 digits>` in cluster `c<i mod 4>`, so 10 devices split 3/3/2/2 and 240 split 60 each;
 * the layered deployment `privileged-sensor` targets cluster c1 only. 240 is the smallest round fleet whose
 * smaller group (c1, 60 devices) still passes the 50-id bound of a PR device list and the 20-id bound of a commit
 * body's; the lists are bounded, so a larger fleet proves nothing more here and only costs time.
 *
 * README.md shows the two bodies verbatim (section "Pull requests"); these tests fail when they differ, so the
 * sample cannot go stale. `UPDATE_README=1` rewrites the samples from the fixture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { synthesize } from '../../src/plan/synthesize.js';
import { parseDeletionLimit } from '../../src/publish/output/deletion-limit.js';
import { parseAuthor } from '../../src/publish/git/git-author.js';
import { publishToGit } from '../../src/publish/git/git-publish.js';
import { createGitHubClient } from '../../src/publish/pull-request/github-client.js';
import { GITHUB_BODY_LIMIT, readPullRequestMetadata } from '../../src/publish/pull-request/pull-request-body.js';
import { publishPullRequest } from '../../src/publish/pull-request/pull-request-publish.js';
import { FakeGitHubServer } from '../fakes/github/fake-github-server.js';
import { bareRepo, log, lsTree, removeDir, tempDir } from './git-helpers.js';
import { fleetAfter, fleetBefore, NEW_ROUTE } from '../builders.js';

const AUTHOR = parseAuthor('Sync Bot <bot@example.com>');
const HEAD = 'iotedge-gitops/main';
const README = path.join(import.meta.dirname, '../../README.md');

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeDir));

function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanup.push(d);
  return d;
}

/** Commits the fleet before the change to main, then proposes the fleet after it; returns the PR and the remote. */
async function proposeChange(devices: number): Promise<{ body: string; title: string; remote: string; message: string | null }> {
  const fake = await FakeGitHubServer.start();
  try {
    const remote = bareRepo({ 'README.md': 'fleet\n' });
    cleanup.push(remote);
    const guard = { maxDeletions: parseDeletionLimit('10'), allowEmpty: false };
    await publishToGit({ plan: synthesize(fleetBefore(devices)).plan, access: { repo: remote }, author: AUTHOR, guard, workDir: dir('work-') });
    const github = createGitHubClient({ token: fake.token, baseUrl: fake.url, bounds: { retries: 1, retryBaseMs: 1 } });
    const result = await publishPullRequest({
      plan: synthesize(fleetAfter(devices)).plan,
      access: { repo: remote },
      author: AUTHOR,
      guard,
      workDir: dir('work-'),
      githubRepo: 'acme/fleet',
      github,
    });
    expect(result.pullRequest.action).toBe('opened');
    return { body: fake.pulls[0]!.body!, title: fake.pulls[0]!.title, remote, message: result.message };
  } finally {
    await fake.close();
  }
}

/** The fenced sample between `<!-- sample:<name> -->` and `<!-- /sample:<name> -->` in README.md. */
function readmeSample(name: string, body: string): string | null {
  const readme = readFileSync(README, 'utf8');
  const pattern = new RegExp(`(<!-- sample:${name} -->\\n\`\`\`\`markdown\\n)([\\s\\S]*?)(\`\`\`\`\\n<!-- /sample:${name} -->)`);
  const match = pattern.exec(readme);
  if (match && process.env['UPDATE_README'] === '1') writeFileSync(README, readme.replace(pattern, (_, open: string, _old: string, close: string) => `${open}${body}${close}`));
  return match ? (process.env['UPDATE_README'] === '1' ? body : match[2]!) : null;
}

describe('pull request review of a fleet change', () => {
  it('10 devices: two groups by the change they receive, what to act on first, and no report file on the branch', async () => {
    const { body, title, remote, message } = await proposeChange(10);
    expect(title).toBe('iotedge-gitops: 0 added, 10 changed, 0 removed devices (hub corpus-hub)');
    expect(readPullRequestMetadata(body)).toEqual({ hub: 'corpus-hub', configurations: { 'good-base': 'Mg==', 'privileged-sensor': 'MQ==' } });

    // c1 devices (1, 5, 9) also enter privileged-sensor; the other 7 only get the base deployment's change.
    const headings = body.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## iotedge-gitops: 0 added, 10 changed, 0 removed devices',
      '### Act on these first',
      '#### Secrets to provision before merging',
      '#### Security posture rises',
      '### Changes by group',
      '#### 7 devices changed · clusters `c0` (3), `c2` (2), `c3` (2)',
      '#### 3 devices changed · cluster `c1` (3)',
    ]);
    const imageAndEnv = '- module m0: image example.azurecr.io/m0:1.2.0 → example.azurecr.io/m0:1.3.0; env added DB\\_PASSWORD (from a secret), LOG\\_LEVEL';
    const route = `- route ${NEW_ROUTE.name} added: ${NEW_ROUTE.route.replace(/\*/g, '\\*')}`;
    const group7 = _section(body, '#### 7 devices');
    expect(group7).toContain('Configurations: `good-base` (base, priority 10, etag MQ== → Mg==)\n');
    expect(group7).toContain(`${imageAndEnv}\n${route}\n`);
    expect(group7).toContain('<details><summary>7 devices</summary>\n\ndev-00000, dev-00002, dev-00003, dev-00004, dev-00006, dev-00007, dev-00008\n\n</details>');
    const group3 = _section(body, '#### 3 devices');
    expect(group3).toContain('`privileged-sensor` (layered, priority 20, etag MQ==, new)');
    // The layer makes sensor privileged, so the namespace's Pod Security level rises too (translate/pod-security-rules.ts).
    expect(group3).toContain(`- now falls into deployment privileged-sensor\n- Pod Security level baseline → privileged\n${imageAndEnv}\n- module sensor: privileged\n${route}\n`);
    expect(group3).toContain('dev-00001, dev-00005, dev-00009');

    // A credential env is moved to the store under <hub>--<device>--<module>--env--<name>, with the hash suffix
    // because DB_PASSWORD is not lower case (translate/remote-key.ts).
    const secrets = _section(body, '#### Secrets to provision');
    expect(secrets).toMatch(/\| `m0-env\/DB_PASSWORD` \| `corpus-hub--dev-00000--m0--env--db-password---[0-9a-f]{32}` \| 10 \|/);
    expect(_section(body, '#### Security posture rises')).toContain('| module sensor: privileged | 3: dev-00001, dev-00005, dev-00009 |');
    expect(body).not.toContain('not-a-real-password-7f3a');
    expect(body).not.toContain('debug');

    // The branch holds what sync manages and what was there: no report file.
    expect(lsTree(remote, HEAD).filter((f) => !f.startsWith('devices/'))).toEqual(['README.md']);
    expect(log(remote, HEAD)[0]).toBe('iotedge-gitops: 0 added, 10 changed, 0 removed devices');
    expect(message).toContain('7 changed in c0 (3), c2 (2), c3 (2)\n  configurations: good-base@Mg== (was MQ==)\n');
    expect(message).toContain('secrets newly referenced: ');
    expect(message).toContain('security posture rises: module sensor: privileged\n');

    expect(readmeSample('pr-body-small', body)).toBe(body);
  }, 120_000);

  it('240 devices: the same two groups with counts and clusters, bounded device lists, under GitHub\'s limit', async () => {
    const { body, message } = await proposeChange(240);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const headings = body.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toEqual([
      '#### Secrets to provision before merging',
      '#### Security posture rises',
      '#### 180 devices changed · clusters `c0` (60), `c2` (60), `c3` (60)',
      '#### 60 devices changed · cluster `c1` (60)',
    ]);
    const group180 = _section(body, '#### 180 devices');
    expect(group180).toContain('- module m0: image example.azurecr.io/m0:1.2.0 → example.azurecr.io/m0:1.3.0; env added DB\\_PASSWORD (from a secret), LOG\\_LEVEL\n');
    expect(group180).toContain(`- route ${NEW_ROUTE.name} added: `);
    // Device lists are collapsed and bounded to 50 ids: dev-00000 then every id not ≡ 1 (mod 4), three per four
    // ids, so the 50th is dev-00066 (16 × 3 = 48 up to dev-00063, then 64 and 66); 180 − 50 = 130 more.
    expect(group180).toMatch(/<details><summary>180 devices<\/summary>\n\ndev-00000, dev-00002, dev-00003, dev-00004, .* dev-00066 … and 130 more\n\n<\/details>/);
    const group60 = _section(body, '#### 60 devices');
    expect(group60).toContain('- module sensor: privileged\n');
    // c1 is 1, 5, 9, …: the 50th is 1 + 49 × 4 = 197; 60 − 50 = 10 more.
    expect(group60).toMatch(/dev-00001, dev-00005, .* dev-00197 … and 10 more/);
    expect(_section(body, '#### Secrets to provision')).toMatch(/\| `m0-env\/DB_PASSWORD` \| `corpus-hub--dev-00000--m0--env--db-password---[0-9a-f]{32}` \| 240 \|/);
    expect(_section(body, '#### Security posture rises')).toContain('| module sensor: privileged | 60: dev-00001, dev-00005, dev-00009, dev-00013, dev-00017 … |');
    expect(group180.match(/dev-\d{5}/g)).toHaveLength(50);
    expect(group60.match(/dev-\d{5}/g)).toHaveLength(50);

    expect(message!.length).toBeLessThan(25_000);
    expect(message).toContain('180 changed in c0 (60), c2 (60), c3 (60)\n');
    expect(message).toContain('60 changed in c1 (60)\n');
    // The commit body lists 20 ids per group (grouped-commit-body.ts): the 20th not ≡ 1 (mod 4) is dev-00026
    // (6 × 3 = 18 up to dev-00023, then 24 and 26), the 20th of c1 is 1 + 19 × 4 = 77.
    const idLines = message!.split('\n').filter((l) => l.startsWith('  devices: '));
    expect(idLines).toHaveLength(2);
    expect(idLines[0]).toMatch(/^  devices: dev-00000, dev-00002, dev-00003, .* dev-00026 \(\+160 more\)$/);
    expect(idLines[1]).toMatch(/^  devices: dev-00001, dev-00005, .* dev-00077 \(\+40 more\)$/);
    for (const line of idLines) expect(line.match(/dev-\d{5}/g)).toHaveLength(20);

    expect(readmeSample('pr-body-large', body)).toBe(body);
  }, 1_200_000);
});

/** From a heading line to the next heading of any level. */
function _section(body: string, heading: string): string {
  const start = body.indexOf(`\n${heading}`);
  if (start < 0) return '';
  const end = body.indexOf('\n#', start + 1);
  return body.slice(start + 1, end < 0 ? undefined : end + 1);
}
