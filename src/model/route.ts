import { ConfigError, type ErrorContext } from '../errors.js';

/**
 * edgeHub route syntax: `[SELECT *] FROM <source> [WHERE <condition>] INTO <sink>`, after the IoT Edge
 * routing grammar (Azure/iotedge Routing.Core grammar/Route.g4 and GrammarLexer.g4): keywords in any
 * case, whitespace between tokens, a source path of `/`-separated items (`*` or a name), a sink that is
 * `$upstream` or `BrokeredEndpoint("/modules/<m>/inputs/<i>")`.
 *
 * As edgeHub reads it (Azure/iotedge edge-hub Routing.Core RouteFactory.ParseRoute): the grammar's `route`
 * rule does not end with EOF and only the parser has a throwing error listener, so text after a complete
 * route is ignored (`ignoredFrom`); EndpointFactory.CreateFunctionEndpoint trims the BrokeredEndpoint
 * address, drops one leading and one trailing `/`, splits it on `/` into exactly four items and takes
 * items 1 and 3 as module and input, so `modules/x/inputs/y` is valid.
 *
 * The WHERE condition (the routing query language over message properties) is checked only lexically:
 * balanced parentheses and terminated strings, and it must not be empty. Its full grammar belongs to
 * edgeHub; this tool only needs to know where it ends.
 */

/** Where a route sends messages. */
export type RouteSink =
  | { readonly kind: 'upstream' }
  | { readonly kind: 'module'; readonly module: string; readonly input: string };

/** A route taken apart. */
export interface ParsedRoute {
  /** Source path as written, whitespace removed: `/messages/modules/sensor/outputs/*`. */
  readonly source: string;
  /** Module the source reads from (`/messages/modules/<m>/…`); undefined for `/*`, `/messages/*`, `/messages/modules/*`. */
  readonly sourceModule?: string;
  /** Output named by the source (`…/outputs/<o>`); undefined when absent or `*`. */
  readonly sourceOutput?: string;
  /** WHERE condition text, trimmed; undefined when there is none. */
  readonly condition?: string;
  readonly sink: RouteSink;
  /** Module the sink writes to (BrokeredEndpoint); undefined for `$upstream`. */
  readonly sinkModule?: string;
  /** Modules named by source and sink, sorted, without duplicates. */
  readonly modules: readonly string[];
  /** Offset of non-blank text after the complete route, which edgeHub ignores; undefined when there is none. */
  readonly ignoredFrom?: number;
}

/** A route that does not follow the grammar; `position` is the 0-based character offset of the problem. */
export class RouteSyntaxError extends ConfigError {
  readonly position: number;
  constructor(message: string, position: number, context: ErrorContext = {}) {
    super(`${message} (at character ${position})`, context);
    this.position = position;
  }
}

/** Characters that end a name in the routing lexer (GrammarLexer ID_CHARS), plus whitespace. */
const NAME_STOP = new Set([...'()<>@,;:\\"/[]?={}', ' ', '\t', '\n', '\r']);
/** `$upstream` and friends: QUERY_PATH_CHARS (like names, but `[` and `]` allowed). */
const SYS_STOP = new Set([...'()<>@,;:\\"/?={}', ' ', '\t', '\n', '\r']);

/** Parses one route; throws RouteSyntaxError (never anything else) when it does not follow the grammar. */
export function parseRoute(text: string): ParsedRoute {
  return new _RouteParser(text).parse();
}

class _RouteParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parse(): ParsedRoute {
    this.skipSpace();
    if (this.pos === this.text.length) throw new RouteSyntaxError('the route is empty', 0);
    if (this.peekKeyword('SELECT')) {
      this.pos += 6;
      this.skipSpace();
      if (this.text[this.pos] !== '*') throw new RouteSyntaxError("expected '*' after SELECT", this.pos);
      this.pos++;
      this.skipSpace();
    }
    this.expectKeyword('FROM');
    const items = this.parsePath();
    this.skipSpace();
    let condition: string | undefined;
    if (this.peekKeyword('WHERE')) {
      this.pos += 5;
      condition = this.parseCondition();
    }
    this.expectKeyword('INTO');
    const sink = this.parseSink();
    this.skipSpace();
    const ignoredFrom = this.pos < this.text.length ? this.pos : undefined;

    const sourceModule = items[0] === 'messages' && items[1] === 'modules' && items[2] !== undefined && items[2] !== '*' ? items[2] : undefined;
    const sourceOutput = sourceModule !== undefined && items[3] === 'outputs' && items[4] !== undefined && items[4] !== '*' ? items[4] : undefined;
    const sinkModule = sink.kind === 'module' ? sink.module : undefined;
    const modules = [...new Set([sourceModule, sinkModule].filter((m): m is string => m !== undefined))].sort();
    return {
      source: '/' + items.join('/'),
      ...(sourceModule !== undefined ? { sourceModule } : {}),
      ...(sourceOutput !== undefined ? { sourceOutput } : {}),
      ...(condition !== undefined ? { condition } : {}),
      sink,
      ...(sinkModule !== undefined ? { sinkModule } : {}),
      modules,
      ...(ignoredFrom !== undefined ? { ignoredFrom } : {}),
    };
  }

  /** `'/' item ('/' item)*`, item = `*` or a name. */
  private parsePath(): string[] {
    this.skipSpace();
    if (this.text[this.pos] !== '/') throw new RouteSyntaxError("expected a source path starting with '/' after FROM", this.pos);
    const items: string[] = [];
    while (this.text[this.pos] === '/') {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === '*') {
        this.pos++;
        items.push('*');
      } else {
        const start = this.pos;
        const name = this.readWhile((c) => !NAME_STOP.has(c));
        if (name === '') throw new RouteSyntaxError("expected a name or '*' after '/' in the source path", start);
        items.push(name);
      }
      const save = this.pos;
      this.skipSpace();
      if (this.text[this.pos] !== '/') this.pos = save;
    }
    return items;
  }

  /** Text up to the INTO keyword that is outside strings and parentheses. */
  private parseCondition(): string {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '"' || c === "'") {
        this.skipString();
        continue;
      }
      if (c === '(') depth++;
      if (c === ')') {
        depth--;
        if (depth < 0) throw new RouteSyntaxError("unbalanced ')' in the WHERE condition", this.pos);
      }
      if (depth === 0 && this.isWordStart() && this.peekKeyword('INTO')) {
        const condition = this.text.slice(start, this.pos).trim();
        if (condition === '') throw new RouteSyntaxError('WHERE needs a condition', start);
        return condition;
      }
      this.pos++;
    }
    if (depth > 0) throw new RouteSyntaxError("missing ')' in the WHERE condition", this.pos);
    throw new RouteSyntaxError('expected INTO after the WHERE condition', this.pos);
  }

  private parseSink(): RouteSink {
    this.skipSpace();
    const start = this.pos;
    if (this.text[this.pos] === '$') {
      this.pos++;
      const name = this.readWhile((c) => !SYS_STOP.has(c));
      if (name.toLowerCase() !== 'upstream') {
        throw new RouteSyntaxError(`unknown system endpoint '$${name}': edgeHub knows only $upstream`, start);
      }
      return { kind: 'upstream' };
    }
    const func = this.readWhile((c) => !NAME_STOP.has(c));
    if (func === '') throw new RouteSyntaxError('expected a sink ($upstream or BrokeredEndpoint("/modules/<module>/inputs/<input>")) after INTO', start);
    if (func.toLowerCase() !== 'brokeredendpoint') {
      throw new RouteSyntaxError(`unknown sink '${func}': expected $upstream or BrokeredEndpoint("/modules/<module>/inputs/<input>")`, start);
    }
    this.skipSpace();
    if (this.text[this.pos] !== '(') throw new RouteSyntaxError("expected '(' after BrokeredEndpoint", this.pos);
    this.pos++;
    this.skipSpace();
    const stringStart = this.pos;
    const endpoint = this.readString();
    this.skipSpace();
    if (this.text[this.pos] !== ')') throw new RouteSyntaxError("expected ')' after the BrokeredEndpoint address", this.pos);
    this.pos++;
    let address = endpoint.trim();
    if (address.startsWith('/')) address = address.slice(1);
    if (address.endsWith('/')) address = address.slice(0, -1);
    const items = address.split('/');
    if (items.length !== 4 || items[1] === '' || items[3] === '') {
      throw new RouteSyntaxError(`BrokeredEndpoint address '${endpoint}' must be "/modules/<module>/inputs/<input>"`, stringStart);
    }
    return { kind: 'module', module: items[1]!, input: items[3]! };
  }

  /** A quoted string with the lexer's escapes (`\"`, `\'`, `\\`, `\uXXXX`); returns its value. */
  private readString(): string {
    const start = this.pos;
    const quote = this.text[this.pos];
    if (quote !== '"' && quote !== "'") throw new RouteSyntaxError('expected a quoted address', this.pos);
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === quote) {
        this.pos++;
        return value;
      }
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === '"' || next === "'" || next === '\\') {
          value += next;
          this.pos += 2;
          continue;
        }
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
          value += String.fromCharCode(Number.parseInt(hex, 16));
          this.pos += 6;
          continue;
        }
        throw new RouteSyntaxError('invalid escape in a string', this.pos);
      }
      value += c;
      this.pos++;
    }
    throw new RouteSyntaxError('unterminated string', start);
  }

  private skipString(): void {
    this.readString();
  }

  private expectKeyword(word: string): void {
    this.skipSpace();
    if (!this.peekKeyword(word)) throw new RouteSyntaxError(`expected ${word}`, this.pos);
    this.pos += word.length;
  }

  /** A keyword in any case, not followed by a name character. */
  private peekKeyword(word: string): boolean {
    const candidate = this.text.slice(this.pos, this.pos + word.length);
    if (candidate.toUpperCase() !== word) return false;
    const after = this.text[this.pos + word.length];
    return after === undefined || NAME_STOP.has(after);
  }

  private isWordStart(): boolean {
    const before = this.text[this.pos - 1];
    return before === undefined || NAME_STOP.has(before);
  }

  private readWhile(accept: (c: string) => boolean): string {
    const start = this.pos;
    while (this.pos < this.text.length && accept(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private skipSpace(): void {
    this.readWhile((c) => c === ' ' || c === '\t' || c === '\n' || c === '\r');
  }
}
