/**
 * Issue 19 item 16 (e): the README's exit-code table must be true. The codes are main.ts's EXIT_* constants, and a
 * full disk or read-only output ends with EXIT_INPUT (test/faults/output-dir.test.ts proves it on a real tmpfs), so
 * that row must say so instead of promising "nothing written".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_PARTIAL, EXIT_TRANSIENT } from '../../src/cli/main.js';
import { StoppedError } from '../../src/errors.js';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

function exitCodeRows(): Map<number, string> {
  const section = readme.slice(readme.indexOf('### Exit codes'));
  const rows = new Map<number, string>();
  for (const line of section.split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const match = /^\| (\d+) \| (.*) \|$/.exec(line);
    if (match) rows.set(Number(match[1]), match[2]!);
  }
  return rows;
}

describe('README exit codes', () => {
  it('lists exactly the codes main.ts returns', () => {
    const stopped = (['SIGINT', 'SIGTERM'] as const).map((signal) => new StoppedError(signal).exitCode);
    expect([...exitCodeRows().keys()]).toEqual([EXIT_OK, EXIT_INPUT, EXIT_PARTIAL, EXIT_TRANSIENT, EXIT_INTERNAL, ...stopped]);
  });

  it.each([
    { name: 'a full disk', words: 'a full disk' },
    { name: 'a read-only file system', words: 'a read-only file system' },
    { name: 'the message the user sees', words: '`cannot write <path>: the disk is full`' },
  ])(`the row of ${EXIT_INPUT} names $name`, ({ words }) => {
    expect(exitCodeRows().get(EXIT_INPUT)).toContain(words);
  });
});
