import path from 'node:path';
import { ConfigError } from '../../errors.js';

/**
 * Normalises `--path` to a POSIX path relative to the repository root ('.' for the root). Absolute paths (with a
 * drive letter too), paths that climb out of the repository and `.git` are ConfigErrors: the tool must never write outside the repository.
 */
export function managedFolder(text: string): string {
  const normal = path.posix.normalize(text.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  // A drive letter (`C:/repo`, `C:repo`) is a Windows path outside the repository, not a folder named `C:` in it.
  if (path.posix.isAbsolute(normal) || /^[a-z]:/i.test(normal) || normal === '..' || normal.startsWith('../') || normal.split('/').includes('.git')) {
    throw new ConfigError(`--path must be a folder inside the repository, got '${text}'`, { stage: 'publish' });
  }
  return normal;
}
