import { isCredentialName } from '../model/credential-patterns.js';

// The shell's working directories: `PWD` is a credential word in configuration, but here it is a path that
// error messages must be able to show.
const NOT_SECRET = new Set(['PWD', 'OLDPWD']);

/** Values of environment variables whose names say they hold secrets (GITHUB_TOKEN, IOTHUB_CONNECTION_STRING…), for scrubbing errors. */
export function secretValuesOf(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => !NOT_SECRET.has(name) && isCredentialName(name) && value !== undefined && value.length >= 4)
    .map(([, value]) => value!);
}
