/**
 * How every command reports a usage error (a missing required option, an unknown flag, a bad argument count):
 * commander's own message and the command's usage on stderr, exit 1. Commander copies output settings into a
 * subcommand when it is created, so the settings are applied to every command of the finished program, not only
 * to the root; otherwise a subcommand's error would print nothing (an empty CI log).
 */
import type { Command } from 'commander';
import type { CommandIo } from './io.js';
import { printLines } from './print-lines.js';

/** Sends commander's output of `program` and all its subcommands to `io`, with the usage after each error. */
export function reportUsageErrors(program: Command, io: Pick<CommandIo, 'stdout' | 'stderr'>): void {
  for (const command of _allCommands(program)) {
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's errors quote the argument they refuse, which may hold anything: one line. Its own
      // "(Did you mean …?)" hint, after the closing quote, names one of our commands or flags: a line of its own.
      outputError: (text) => printLines(io.stderr, ..._errorAndHint(text.replace(/\n$/, ''))),
    });
    command.showHelpAfterError(`Usage: ${_path(command)} ${command.usage()}\n(${_path(command)} --help lists every option)`);
  }
}

function _errorAndHint(text: string): string[] {
  const hint = /\n(\(Did you mean [^\n']+\?\))$/.exec(text);
  return hint ? [text.slice(0, hint.index), hint[1]!] : [text];
}

function _allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap((child) => _allCommands(child))];
}

function _path(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
