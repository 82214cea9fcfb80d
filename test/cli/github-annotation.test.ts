/**
 * GitHub Actions annotations (src/cli/github-annotation.ts): `::error title=<context>::<describe()>`, escaped as
 * `@actions/core` escapes (data: `%` `\r` `\n`; properties also `:` `,`). The basic escapes are in
 * test/cli/one-line-output.test.ts; here: the title's parts and order, the order of escaping, multi-line errors.
 */
import { ConfigError, ConfigErrors } from '../../src/errors.js';
import { githubAnnotation } from '../../src/cli/github-annotation.js';

describe('githubAnnotation', () => {
  it.each([
    {
      name: 'title: configuration, device, module in that order; the path only in the message',
      error: new ConfigError('bad', { module: 'm', deviceId: 'd', configurationId: 'c', jsonPath: 'content.x', stage: 'translate' }),
      expected: "::error title=configuration c%2C device d%2C module m::configuration 'c', device 'd', module 'm', at content.x: bad",
    },
    { name: 'only a stage or a path: the tool\'s name as title', error: new ConfigError('bad', { stage: 'cli', jsonPath: 'hub' }), expected: '::error title=iotedge-gitops::at hub: bad' },
    { name: 'module alone', error: new ConfigError('bad', { module: '$edgeHub' }), expected: "::error title=module $edgeHub::module '$edgeHub': bad" },
    {
      name: '% is escaped first: an escape already in the text stays literal text',
      error: new ConfigError('literal %0A and a real\nbreak'),
      expected: '::error title=iotedge-gitops::literal %250A and a real%0Abreak',
    },
    { name: 'a lone carriage return', error: new ConfigError('a\rb'), expected: '::error title=iotedge-gitops::a%0Db' },
    { name: ':: in the message is data, not the end of the command', error: new ConfigError('see ::set-output::'), expected: '::error title=iotedge-gitops::see ::set-output::' },
    {
      name: 'several errors at once: one annotation, one line per error in the message',
      error: new ConfigErrors([new ConfigError('one', { deviceId: 'd1' }), new ConfigError('two', { deviceId: 'd2' })]),
      expected: "::error title=iotedge-gitops::device 'd1': one%0Adevice 'd2': two",
    },
  ])('$name', ({ error, expected }) => {
    const annotation = githubAnnotation(error);
    expect(annotation).toBe(expected);
    expect(annotation).not.toMatch(/[\r\n]/);
  });
});
