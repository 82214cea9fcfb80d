/**
 * createReadProgress (src/source/live/read-progress.ts): what a long live read prints on stderr. Status
 * lines (replacing each other with CR + erase-line) only on a terminal, notes on any stream, nothing when
 * quiet or without a stream. one-line-output.test.ts covers that each line stays one line; this file
 * covers when something is written and how the status line is ended.
 */
import { createReadProgress, type ProgressStream } from '../../../src/source/live/read-progress.js';

const CLEAR = '\r\x1b[K';

function recorder(isTTY: boolean | undefined): { stream: ProgressStream; written: string[] } {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

type Step = ['status' | 'note', string] | ['done'];
function play(steps: Step[], isTTY: boolean | undefined, quiet = false): string[] {
  const { stream, written } = recorder(isTTY);
  const progress = createReadProgress(stream, quiet);
  for (const step of steps) {
    if (step[0] === 'done') progress.done();
    else progress[step[0]](step[1]);
  }
  return written;
}

describe('createReadProgress', () => {
  it.each<{ name: string; steps: Step[]; isTTY: boolean | undefined; quiet?: boolean; expected: string[] }>([
    { name: 'terminal: each status replaces the previous line', steps: [['status', 'page 1'], ['status', 'page 2']], isTTY: true, expected: [`${CLEAR}page 1`, `${CLEAR}page 2`] },
    { name: 'terminal: done ends a showing status line with a newline', steps: [['status', 'page 1'], ['done']], isTTY: true, expected: [`${CLEAR}page 1`, '\n'] },
    { name: 'terminal: done twice writes one newline', steps: [['status', 'page 1'], ['done'], ['done']], isTTY: true, expected: [`${CLEAR}page 1`, '\n'] },
    { name: 'terminal: done without a status writes nothing', steps: [['done']], isTTY: true, expected: [] },
    { name: 'terminal: a note without a status line is just a line', steps: [['note', 'retry 1/3']], isTTY: true, expected: ['retry 1/3\n'] },
    {
      name: 'terminal: a status after a note shows again, and done ends it',
      steps: [['status', 'p1'], ['note', 'throttled'], ['status', 'p2'], ['done']],
      isTTY: true,
      expected: [`${CLEAR}p1`, CLEAR, 'throttled\n', `${CLEAR}p2`, '\n'],
    },
    { name: 'terminal: a second note does not clear again', steps: [['status', 'p1'], ['note', 'a'], ['note', 'b']], isTTY: true, expected: [`${CLEAR}p1`, CLEAR, 'a\n', 'b\n'] },
    { name: 'not a terminal (CI log): status lines are dropped, notes kept', steps: [['status', 'page 1'], ['note', 'retry'], ['status', 'page 2'], ['done']], isTTY: false, expected: ['retry\n'] },
    { name: 'isTTY unset counts as not a terminal', steps: [['status', 'page 1'], ['note', 'retry'], ['done']], isTTY: undefined, expected: ['retry\n'] },
    { name: 'quiet on a terminal: nothing at all', steps: [['status', 'page 1'], ['note', 'retry'], ['done']], isTTY: true, quiet: true, expected: [] },
    { name: 'quiet in a log: nothing at all', steps: [['note', 'retry']], isTTY: false, quiet: true, expected: [] },
  ])('$name', ({ steps, isTTY, quiet, expected }) => {
    expect(play(steps, isTTY, quiet)).toStrictEqual(expected);
  });

  it('no stream: every call is a no-op', () => {
    const progress = createReadProgress(undefined, false);
    expect(() => {
      progress.status('x');
      progress.note('y');
      progress.done();
    }).not.toThrow();
  });
});
