/**
 * reportUsageErrors: commander's usage errors of every command (root, subcommand, nested subcommand) go to the
 * injected stderr as one line, followed by that command's usage; help goes to stdout.
 */
import { Command, CommanderError } from 'commander';
import { reportUsageErrors } from '../../src/cli/usage-errors.js';

/** `tool` with `remote add <name> --url <url>` and `show`: a nested subcommand too. */
function program(): Command {
  const root = new Command('tool').exitOverride();
  const remote = root.command('remote');
  remote.command('add').argument('<name>').requiredOption('--url <url>').action(() => undefined);
  root.command('show').option('--depth <n>').action(() => undefined);
  return root;
}

function parse(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const root = program();
  reportUsageErrors(root, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  let thrown: unknown;
  try {
    root.parse(argv, { from: 'user' });
  } catch (error) {
    thrown = error;
  }
  return { out: out.join(''), err: err.join(''), thrown };
}

describe('reportUsageErrors', () => {
  it.each<{ name: string; argv: string[]; error: string; usage: string }>([
    // Names unlike any command or option, so commander adds no "(Did you mean …?)" line.
    { name: 'an unknown command of the root', argv: ['zzz'], error: "error: unknown command 'zzz'", usage: 'Usage: tool [options] [command]\n(tool --help lists every option)' },
    { name: 'an unknown option of a subcommand', argv: ['show', '--zzz'], error: "error: unknown option '--zzz'", usage: 'Usage: tool show [options]\n(tool show --help lists every option)' },
    { name: 'a missing required option of a nested subcommand', argv: ['remote', 'add', 'origin'], error: "error: required option '--url <url>' not specified", usage: 'Usage: tool remote add [options] <name>\n(tool remote add --help lists every option)' },
    { name: 'a missing argument of a nested subcommand', argv: ['remote', 'add', '--url', 'u'], error: "error: missing required argument 'name'", usage: 'Usage: tool remote add [options] <name>\n(tool remote add --help lists every option)' },
  ])("$name: commander's message, then the command's usage, on stderr", ({ argv, error, usage }) => {
    const { out, err, thrown } = parse(argv);
    expect(thrown).toBeInstanceOf(CommanderError);
    expect(out).toBe('');
    expect(err).toBe(`${error}\n${usage}\n`);
  });

  it('a refused argument holding line breaks is printed on one line: it cannot start a workflow command', () => {
    const { err } = parse(['show', '--x\n::error::injected']);
    const [first] = err.split('\n');
    expect(first).toBe("error: unknown option '--x\\n::error::injected'");
    expect(err.split('\n').some((line) => line.startsWith('::'))).toBe(false);
  });

  it("commander's \"(Did you mean …?)\" hint is a line of its own, between the error and the usage", () => {
    // `show` is one edit away from `shop`: commander suggests the command it knows.
    const { err } = parse(['shop']);
    expect(err).toBe("error: unknown command 'shop'\n(Did you mean show?)\nUsage: tool [options] [command]\n(tool --help lists every option)\n");
  });

  it('a refused argument that ends like a hint stays one line: the hint is only what follows the closing quote', () => {
    const { err } = parse(['zzz\n(Did you mean show?)']);
    expect(err.split('\n')[0]).toBe("error: unknown command 'zzz\\n(Did you mean show?)'");
  });

  it('help goes to stdout, nothing to stderr', () => {
    const { out, err } = parse(['remote', 'add', '--help']);
    expect(out).toMatch(/^Usage: tool remote add \[options\] <name>\n/);
    expect(err).toBe('');
  });
});
