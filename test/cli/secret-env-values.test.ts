import { secretValuesOf } from '../../src/cli/secret-env-values.js';

describe('secretValuesOf: values to scrub from messages', () => {
  it.each<{ name: string; env: Record<string, string | undefined>; expected: string[] }>([
    { name: 'names that say credential', env: { GITHUB_TOKEN: 'ghs_x0000', IOTHUB_CONNECTION_STRING: 'HostName=h;SharedAccessKey=k', HOME: '/root' }, expected: ['ghs_x0000', 'HostName=h;SharedAccessKey=k'] },
    { name: 'PWD words of the one credential rule', env: { DB_PWD: 'hunter22', MQTT_PASS: 'hunter33' }, expected: ['hunter22', 'hunter33'] },
    { name: "the shell's PWD and OLDPWD are paths, not passwords", env: { PWD: '/work/fleet', OLDPWD: '/work' }, expected: [] },
    { name: 'values shorter than 4 characters are ignored', env: { API_KEY: 'abc' }, expected: [] },
  ])('$name', ({ env, expected }) => {
    expect(secretValuesOf(env)).toStrictEqual(expected);
  });
});
