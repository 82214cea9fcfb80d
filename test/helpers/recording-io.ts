import type { CommandIo } from '../../src/cli/io.js';

/** A command's io that records what it prints: `out()` and `err()` are everything written so far. */
export function recordingIo(cwd: string, env: CommandIo['env'] = {}, extra: Partial<CommandIo> = {}): { io: CommandIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd, ...extra };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
