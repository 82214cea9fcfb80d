/**
 * parseAuthor: `--author "Name <email>"` → { name, email }, white space around the name and the whole trimmed;
 * anything else is a ConfigError of stage publish that names the flag and quotes the text given.
 */
import { ConfigError } from '../../../src/errors.js';
import { DEFAULT_AUTHOR, parseAuthor } from '../../../src/publish/git/git-author.js';

describe('parseAuthor', () => {
  it('the default author is a valid --author', () => {
    expect(parseAuthor(DEFAULT_AUTHOR)).toStrictEqual({ name: 'iotedge-gitops', email: 'iotedge-gitops@users.noreply.github.com' });
  });

  it.each([
    { name: 'no space before <', text: 'Bot<bot@example.com>', expected: { name: 'Bot', email: 'bot@example.com' } },
    { name: 'non-ASCII name', text: 'Jöns Ångström <jons@example.se>', expected: { name: 'Jöns Ångström', email: 'jons@example.se' } },
    { name: 'inner spaces of the name kept', text: 'Fleet  Sync Bot <b@x.io>', expected: { name: 'Fleet  Sync Bot', email: 'b@x.io' } },
    { name: 'plus address and sub-domain', text: 'CI <ci+sync@mail.corp.example>', expected: { name: 'CI', email: 'ci+sync@mail.corp.example' } },
    { name: 'GitHub no-reply address with an id', text: 'octo <123+octo@users.noreply.github.com>', expected: { name: 'octo', email: '123+octo@users.noreply.github.com' } },
  ])('$name', ({ text, expected }) => {
    expect(parseAuthor(text)).toStrictEqual(expected);
  });

  it.each([
    { name: 'empty', text: '' },
    { name: 'only spaces', text: '   ' },
    { name: 'email without @', text: 'Bot <bot.example.com>' },
    { name: 'email without a domain', text: 'Bot <bot@>' },
    { name: 'text after the email', text: 'Bot <bot@example.com> extra' },
    { name: 'two emails', text: 'Bot <a@b> <c@d>' },
    { name: 'angle bracket in the name', text: 'B<o>t <bot@example.com>' },
    { name: 'unclosed bracket', text: 'Bot <bot@example.com' },
  ])('rejects $name, quoting it', ({ text }) => {
    expect(() => parseAuthor(text)).toThrow(new ConfigError(`--author must look like "Name <email>", got '${text}'`));
    try {
      parseAuthor(text);
    } catch (error) {
      expect([error instanceof ConfigError, (error as ConfigError).stage]).toStrictEqual([true, 'publish']);
    }
  });
});

describe('parseAuthor: common forms', () => {
  it.each([
    { name: 'default identity', text: 'iotedge-gitops <iotedge-gitops@users.noreply.github.com>', expected: { name: 'iotedge-gitops', email: 'iotedge-gitops@users.noreply.github.com' } },
    { name: 'spaces in the name', text: '  Fleet Bot  <bot@example.com> ', expected: { name: 'Fleet Bot', email: 'bot@example.com' } },
  ])('$name', ({ text, expected }) => {
    expect(parseAuthor(text)).toEqual(expected);
  });

  it.each([{ text: 'bot@example.com' }, { text: 'Bot <>' }, { text: '<a@b>' }, { text: 'Bot <a b@c>' }])('rejects $text', ({ text }) => {
    expect(() => parseAuthor(text)).toThrow(/^--author must look like "Name <email>"/);
  });
});
