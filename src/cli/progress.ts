/**
 * What a long sync is doing, for a person at a terminal: one spinner line naming the step (clone, translate and
 * render, write, push) that replaces itself, drawn by `ora`. On anything but a terminal (a CI log, a pipe, a
 * file) it prints nothing: the summary lines at the end say what happened.
 */
import ora from 'ora';
import { oneLine } from '../one-line.js';

/** Steps of one run. */
export interface StageProgress {
  /** Shows `text` as the current step. */
  stage(text: string): void;
  /** Removes the step line (before the summary lines are printed). */
  done(): void;
}

const SILENT: StageProgress = { stage: () => undefined, done: () => undefined };

/** A spinner on `stream` when it is a terminal and not `quiet`; otherwise nothing at all. */
export function createStageProgress(stream: { write(text: string): unknown; isTTY?: boolean }, quiet: boolean): StageProgress {
  if (quiet || stream.isTTY !== true) return SILENT;
  // discardStdin off: a prompt-less batch tool must not take over the terminal's input.
  const spinner = ora({ stream: stream as NodeJS.WritableStream, isEnabled: true, discardStdin: false });
  return {
    stage: (text) => {
      spinner.text = oneLine(text);
      // Drawn now, not at the next frame: a step shorter than a frame is still shown.
      if (spinner.isSpinning) spinner.render();
      else spinner.start();
    },
    done: () => {
      if (spinner.isSpinning) spinner.stop();
    },
  };
}
