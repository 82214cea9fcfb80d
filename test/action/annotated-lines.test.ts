/**
 * The action's stderr (src/action/annotated-lines.ts): everything the CLI writes reaches the log unchanged, and each
 * complete line starting `error: ` or `warning: ` also becomes an annotation. @actions/core issues annotations as
 * workflow commands on process.stdout (`::error::<message>`), which is what these tests read.
 */
import { jest } from '@jest/globals';
import os from 'node:os';
import { annotatedLines } from '../../src/action/annotated-lines.js';

/** Writes `chunks` through annotatedLines; returns what reached the log and the workflow commands issued. */
function run(chunks: string[]): { log: string[]; commands: string[]; results: boolean[] } {
  const log: string[] = [];
  const commands: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((text: unknown) => (commands.push(String(text)), true));
  try {
    const stream = annotatedLines({ write: (text: string) => log.push(text) });
    const results = chunks.map((chunk) => stream.write(chunk));
    return { log, commands, results };
  } finally {
    spy.mockRestore();
  }
}

describe('annotatedLines', () => {
  it.each([
    { name: 'an error line becomes an error annotation without its prefix', chunks: ["error: device 'd': bad\n"], expected: ["::error::device 'd': bad"] },
    { name: 'a warning line becomes a warning annotation', chunks: ['warning: 2 fields dropped\n'], expected: ['::warning::2 fields dropped'] },
    { name: 'other lines are only logged', chunks: ['synth: 3 devices written\n', 'note: error: is not at the start\n'], expected: [] },
    { name: 'the prefix is exact: case, leading space and the space after the colon count', chunks: ['Error: x\n', ' error: x\n', 'error:x\n', 'warnings: x\n'], expected: [] },
    { name: 'several lines in one write, in order', chunks: ['error: a\nok\nwarning: b\nerror: c\n'], expected: ['::error::a', '::warning::b', '::error::c'] },
    { name: 'a line split across writes is annotated once, when complete', chunks: ['err', 'or: par', 'ted\n'], expected: ['::error::parted'] },
    { name: 'a line is not annotated before its newline arrives', chunks: ['error: not yet'], expected: [] },
    { name: 'an empty message after the prefix', chunks: ['error: \n'], expected: ['::error::'] },
  ])('$name', ({ chunks, expected }) => {
    const { log, commands, results } = run(chunks);
    expect(log).toStrictEqual(chunks);
    expect(commands).toStrictEqual(expected.map((c) => c + os.EOL));
    expect(results.every((r) => r === true)).toBe(true);
  });

  it('each stream keeps its own unfinished line', () => {
    const log: string[] = [];
    const commands: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((text: unknown) => (commands.push(String(text)), true));
    try {
      const a = annotatedLines({ write: (t: string) => log.push(t) });
      const b = annotatedLines({ write: (t: string) => log.push(t) });
      a.write('error: from a');
      b.write('warning: from b\n');
      a.write('\n');
    } finally {
      spy.mockRestore();
    }
    expect(commands).toStrictEqual([`::warning::from b${os.EOL}`, `::error::from a${os.EOL}`]);
  });
});
