import { isCredentialName } from '../model/credential-patterns.js';

/** Values of environment variables whose names say they hold secrets (GITHUB_TOKEN, IOTHUB_CONNECTION_STRING…), for scrubbing errors. */
export function secretValuesOf(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => isCredentialName(name) && value !== undefined && value.length >= 4)
    .map(([, value]) => value!);
}
