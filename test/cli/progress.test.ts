/**
 * The step display of sync: an ora spinner on a terminal, nothing at all anywhere else. The terminal is a
 * Writable that says it is a TTY and has the cursor methods of tty.WriteStream (which ora moves the cursor with).
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { createStageProgress } from '../../src/cli/progress.js';
import { run } from '../../src/cli/commands/sync.js';
import { bareRepo } from '../publish/git-helpers.js';

class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 120;
  readonly rows = 40;
  text = '';
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
  cursorTo(x: number): boolean {
    return this.write(`\x1b[${x + 1}G`);
  }
  moveCursor(_dx: number, dy: number): boolean {
    return this.write(dy < 0 ? `\x1b[${-dy}A` : '');
  }
  clearLine(): boolean {
    return this.write('\x1b[K');
  }
}

function record(): { write(text: string): boolean; isTTY?: boolean; text: string } {
  const stream = { text: '', write: (t: string) => ((stream.text += t), true) };
  return stream;
}

describe('sync progress', () => {
  it('prints nothing on a stream that is not a terminal, or with --quiet', () => {
    for (const [stream, quiet] of [[record(), false], [{ ...record(), isTTY: false }, false]] as const) {
      const progress = createStageProgress(stream, quiet);
      progress.stage('cloning somewhere');
      progress.done();
      expect(stream.text).toBe('');
    }
    const terminal = new FakeTerminal();
    const quiet = createStageProgress(terminal, true);
    quiet.stage('cloning somewhere');
    quiet.done();
    expect(terminal.text).toBe('');
  });

  it('shows each step of a sync on a terminal, in order, and clears the line before the summary', async () => {
    const terminal = new FakeTerminal();
    const remote = bareRepo();
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: terminal, env: {}, cwd: process.cwd() };
    expect(await run({ snapshot: path.resolve('examples/hub-snapshot.json'), repo: remote }, io)).toBe(0);
    const steps = ['cloning ', 'translating and rendering 12 device twin(s)', 'writing device directories', 'pushing to '].map((s) => terminal.text.indexOf(s));
    expect(steps.every((at) => at >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(terminal.text).toContain(`cloning ${remote}`);
    // Stopped: the last things written clear the spinner's line and show the cursor again; the summary went to stdout.
    expect(terminal.text).toMatch(/\x1b\[K\x1b\[\?25h$/);
    expect(out.join('')).toMatch(/^pushed [0-9a-f]{12} to main/);
  });
});
