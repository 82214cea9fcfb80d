/**
 * A stderr for the action: every line goes to the log as the CLI printed it, and lines the CLI starts with
 * `error: ` or `warning: ` also become annotations (`core.error`, `core.warning`), so they show on the run's page.
 */
import * as core from '@actions/core';

export function annotatedLines(stream: { write(text: string): unknown }): { write(text: string): boolean } {
  let pending = '';
  return {
    write(text: string): boolean {
      stream.write(text);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('error: ')) core.error(line.slice('error: '.length));
        else if (line.startsWith('warning: ')) core.warning(line.slice('warning: '.length));
      }
      return true;
    },
  };
}
