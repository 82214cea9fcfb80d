import { ConfigError } from '../../errors.js';

/** Full-ref prefix of a branch; `--branch refs/heads/x` means branch `x`. */
const HEADS = 'refs/heads/';

/** Each rule a branch name must pass, with the reason given when it does not (first failing rule wins). */
const RULES: readonly { readonly refuses: (name: string) => boolean; readonly reason: string }[] = [
  { refuses: (n) => n === '', reason: 'it is empty' },
  { refuses: (n) => n === 'HEAD', reason: "'HEAD' names the current commit, not a branch" },
  { refuses: (n) => n.startsWith('refs/'), reason: 'only a branch is accepted (a full ref must start with refs/heads/)' },
  { refuses: (n) => n.startsWith('-'), reason: "it starts with '-'" },
  { refuses: (n) => !/^[A-Za-z0-9._/-]+$/.test(n), reason: "only letters, digits and '.', '_', '/', '-' are accepted (git refuses spaces and ~^:?*[\\ )" },
  { refuses: (n) => n.includes('..'), reason: "it contains '..'" },
  { refuses: (n) => n.startsWith('/') || n.endsWith('/') || n.includes('//'), reason: "it has an empty part between '/'" },
  { refuses: (n) => n.split('/').some((part) => part.startsWith('.')), reason: "a part starts with '.'" },
  { refuses: (n) => n.split('/').some((part) => part.endsWith('.lock')), reason: "a part ends with '.lock'" },
  { refuses: (n) => n.endsWith('.'), reason: "it ends with '.'" },
];

/**
 * Checks a branch name before it reaches git or a shell line in the workflow, and returns it normalised:
 * `refs/heads/x` → `x`. Refused: `HEAD`, other refs (`refs/tags/…`), and every name `git check-ref-format --branch`
 * refuses (`a..b`, `x.lock`, a trailing `/`, spaces, `~^:?*[\`, a part starting with `.`, …). Stricter than git
 * on purpose: only letters, digits and `._/-` (so never `@{`). Throws ConfigError naming the flag, the name and why.
 */
export function checkBranchName(name: string, flag = '--branch'): string {
  const branch = name.startsWith(HEADS) ? name.slice(HEADS.length) : name;
  const broken = RULES.find((rule) => rule.refuses(branch));
  // Control characters are shown as '?' so that the message stays one line.
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  if (broken !== undefined) throw new ConfigError(`${flag} is not a valid branch name: '${shown}': ${broken.reason}`, { stage: 'cli' });
  return branch;
}
