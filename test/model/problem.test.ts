/**
 * problemsToErrors (src/model/problem.ts): one ConfigError of stage `model` per problem, located by the
 * caller's locator at `prefix + problem.path`, split into errors and warnings by severity (error by default).
 */
import { ConfigError } from '../../src/errors.js';
import { problemsToErrors, type Problem } from '../../src/model/problem.js';
import type { SourceRef } from '../../src/model/source-ref.js';

/** A locator that records what it was asked and answers with the path it was given. */
function recordingLocator(): { asked: string[][]; locate: (path: readonly string[]) => SourceRef } {
  const asked: string[][] = [];
  return {
    asked,
    locate: (path) => {
      asked.push([...path]);
      return { configurationId: `cfg-${path[0] ?? 'none'}`, jsonPath: `at/${path.join('/')}` };
    },
  };
}

describe('problemsToErrors', () => {
  it('locates each problem at prefix + its own path and copies the context', () => {
    const { asked, locate } = recordingLocator();
    const { errors, warnings } = problemsToErrors([{ message: 'bad image', path: ['settings', 'image'], module: 'm0' }], ['modules', 'm0'], locate, { deviceId: 'dev-1' });
    expect(asked).toStrictEqual([['modules', 'm0', 'settings', 'image']]);
    expect(warnings).toStrictEqual([]);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toBeInstanceOf(ConfigError);
    expect([error!.stage, error!.configurationId, error!.deviceId, error!.module, error!.jsonPath, error!.message]).toStrictEqual([
      'model',
      'cfg-modules',
      'dev-1',
      'm0',
      'at/modules/m0/settings/image',
      'bad image',
    ]);
  });

  it.each<{ name: string; problem: Problem; contextModule?: string; expected: string | undefined }>([
    { name: "the problem's module wins over the context's", problem: { message: 'x', path: [], module: 'from-problem' }, contextModule: 'from-context', expected: 'from-problem' },
    { name: "the context's module when the problem names none", problem: { message: 'x', path: [] }, contextModule: 'from-context', expected: 'from-context' },
    { name: 'no module anywhere → none', problem: { message: 'x', path: [] }, expected: undefined },
  ])('module: $name', ({ problem, contextModule, expected }) => {
    const { errors } = problemsToErrors([problem], [], recordingLocator().locate, contextModule === undefined ? {} : { module: contextModule });
    expect(errors[0]!.module).toBe(expected);
  });

  it('splits by severity, keeping the order of each kind; severity error and no severity are both errors', () => {
    const problems: Problem[] = [
      { message: 'e1', path: ['a'] },
      { message: 'w1', path: ['b'], severity: 'warning' },
      { message: 'e2', path: ['c'], severity: 'error' },
      { message: 'w2', path: ['d'], severity: 'warning' },
    ];
    const { errors, warnings } = problemsToErrors(problems, ['p'], recordingLocator().locate);
    expect(errors.map((e) => [e.message, e.jsonPath])).toStrictEqual([
      ['e1', 'at/p/a'],
      ['e2', 'at/p/c'],
    ]);
    expect(warnings.map((e) => [e.message, e.jsonPath])).toStrictEqual([
      ['w1', 'at/p/b'],
      ['w2', 'at/p/d'],
    ]);
    expect(warnings.every((w) => w instanceof ConfigError && w.stage === 'model')).toBe(true);
  });

  it('an empty prefix and an empty problem path locate the checked value itself', () => {
    const { asked, locate } = recordingLocator();
    problemsToErrors([{ message: 'must be an object', path: [] }], [], locate);
    expect(asked).toStrictEqual([[]]);
  });

  it('no problems → no errors, no warnings, locator never called', () => {
    const { asked, locate } = recordingLocator();
    expect(problemsToErrors([], ['x'], locate)).toStrictEqual({ errors: [], warnings: [] });
    expect(asked).toStrictEqual([]);
  });
});
