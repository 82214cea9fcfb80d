import { ConfigError } from '../../errors.js';

/** A commit identity. */
export interface GitAuthor {
  readonly name: string;
  readonly email: string;
}

/** @default the GitHub no-reply identity of the tool */
export const DEFAULT_AUTHOR = 'iotedge-gitops <iotedge-gitops@users.noreply.github.com>';

/** Parses `--author "Name <email>"`; anything else is a ConfigError naming the flag. */
export function parseAuthor(text: string): GitAuthor {
  const match = /^\s*([^<>]*[^<>\s])\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match) throw new ConfigError(`--author must look like "Name <email>", got '${text}'`, { stage: 'publish' });
  return { name: match[1]!, email: match[2]! };
}
