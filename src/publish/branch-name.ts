import { ConfigError } from '../errors.js';

/**
 * Checks a branch name before it reaches git or a shell line in the workflow: letters, digits, `._/-`, no `..`,
 * no leading `-` or `/`, no trailing `/` or `.`, no `//`. Stricter than git, on purpose.
 */
export function checkBranchName(name: string, flag = '--branch'): string {
  if (!/^(?![-/])(?!.*\.\.)(?!.*\/\/)(?!.*[/.]$)[A-Za-z0-9._/-]+$/.test(name)) {
    throw new ConfigError(`${flag} is not a valid branch name: '${name}'`, { stage: 'cli' });
  }
  return name;
}
