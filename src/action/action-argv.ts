/**
 * The command line the GitHub Action runs, built from its inputs. Each input is named exactly like the flag of
 * the command (`max-deletions` → `--max-deletions`), and the flags come from the same commander program the CLI
 * parses, so the action can never accept a flag the CLI does not have, or drop one it has.
 */
import type { Command, Option } from 'commander';
import { ConfigError } from '../errors.js';
import { buildProgram } from '../cli/main.js';
import { collectFlag } from '../cli/isolation-flags.js';

/** Commands the action runs; `command` picks one. */
export const ACTION_COMMANDS = ['sync', 'synth', 'validate', 'provision', 'snapshot'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** Inputs that are not a flag of a command. */
export const NON_FLAG_INPUTS = ['command', 'github-token'] as const;

/** Flags the action does not take as inputs: it writes the step summary itself (bounded), and help is for people. */
const FLAGS_NOT_INPUTS = new Set(['--summary-file', '--help']);

/** Every flag input of the action, sorted: the union of the flags of ACTION_COMMANDS. action.yml declares exactly these. */
export function actionFlagInputs(): string[] {
  const program = buildProgram(() => undefined);
  const names = new Set<string>();
  for (const command of ACTION_COMMANDS) for (const option of _flags(_command(program, command))) names.add(option.long!.slice(2));
  return [...names].sort();
}

/**
 * The argv of one run. `input(name)` returns the input's value ('' when not set). An input set for a command that
 * has no such flag, or a boolean input that is not true/false, is a ConfigError naming the input.
 */
export function actionArgv(command: string, input: (name: string) => string): string[] {
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new ConfigError(`input 'command' must be one of ${ACTION_COMMANDS.join(', ')}; got '${command}'`, { stage: 'cli' });
  }
  const program = buildProgram(() => undefined);
  const flags = new Map(_flags(_command(program, command)).map((option) => [option.long!.slice(2), option]));
  const argv = [command];
  for (const name of actionFlagInputs()) {
    const value = input(name).trim();
    if (value === '') continue;
    const option = flags.get(name);
    if (option === undefined) throw new ConfigError(`input '${name}' is not an option of '${command}': remove it or choose another command`, { stage: 'cli' });
    if (takesOneValuePerLine(option)) {
      // A repeatable flag: one value per line, as multi-line inputs are written in a workflow.
      for (const line of value.split('\n').map((l) => l.trim()).filter((l) => l !== '')) argv.push(option.long!, line);
    } else if (option.required || option.optional) {
      argv.push(option.long!, value);
    } else if (_boolean(name, value)) {
      argv.push(option.long!);
    }
  }
  return argv;
}

/** A flag given once per value (collected) or taking several values (`<name...>`): its input holds one value per line. */
export function takesOneValuePerLine(option: Option): boolean {
  return option.parseArg === collectFlag || option.variadic;
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` reads them. */
function _boolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`input '${name}' must be true or false; got '${value}'`, { stage: 'cli' });
}

function _command(program: Command, name: string): Command {
  return program.commands.find((c) => c.name() === name)!;
}

function _flags(command: Command): Option[] {
  return command.options.filter((option) => option.long !== undefined && !FLAGS_NOT_INPUTS.has(option.long));
}
