/**
 * Test helper: executes the subset of Go text/template + sprig that External Secrets' template engine v2 runs on
 * the templates this tool writes, following Go's lexer (text/template/parse/lex.go): text up to `{{`, then an
 * action of quoted strings (strconv.Unquote rules), raw strings, `.field`, function names, `(`, `)` and `|`, up
 * to `}}`. Functions: dict, toJson (encoding/json: sorted keys, `<>&` escaped), printf (`%s` only), b64enc.
 * Anything else throws, so a template outside the subset fails the test instead of passing by accident.
 */

type Value = string | { readonly [key: string]: Value };
type Token = { kind: 'string' | 'field' | 'ident' | '(' | ')' | '|'; text: string };
type Node = { kind: 'value'; value: string } | { kind: 'field'; name: string } | { kind: 'ident'; name: string } | { kind: 'pipe'; commands: Node[][] };

const FUNCS: Record<string, (...args: Value[]) => Value> = {
  dict: (...args) => {
    if (args.length % 2 !== 0) throw new Error('dict: odd number of arguments');
    const out: Record<string, Value> = {};
    for (let i = 0; i < args.length; i += 2) {
      const key = args[i];
      if (typeof key !== 'string') throw new Error('dict: key is not a string');
      out[key] = args[i + 1]!;
    }
    return out;
  },
  toJson: (v) => _goJson(v!),
  b64enc: (v) => Buffer.from(_str(v), 'utf8').toString('base64'),
  printf: (format, ...args) => {
    let i = 0;
    return _str(format).replace(/%(.)/g, (_m, verb: string) => {
      if (verb === '%') return '%';
      if (verb !== 's') throw new Error(`printf: verb %${verb} not supported`);
      if (i >= args.length) return '%!s(MISSING)';
      return _str(args[i++]);
    });
  },
};

function _str(v: Value | undefined): string {
  if (typeof v !== 'string') throw new Error('expected a string');
  return v;
}

function _goJson(v: Value): string {
  const sorted = (x: Value): unknown => (typeof x === 'string' ? x : Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k]!)])));
  return JSON.stringify(sorted(v)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** strconv.Unquote of a double-quoted Go literal (the lexer already found its end). */
function _unquote(lit: string): string {
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\n') throw new Error('newline in string literal');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
    if (e !== undefined && e in simple) {
      out += simple[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new Error(`bad \\${e} escape`);
      const cp = parseInt(hex, 16);
      if (e !== 'x' && ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)) throw new Error('escape sequence is invalid Unicode code point');
      out += e === 'x' ? Buffer.from([cp]).toString('latin1') : String.fromCodePoint(cp);
      i += n;
    } else {
      throw new Error(`unknown escape sequence \\${e ?? ''}`);
    }
  }
  return out;
}

function _lexAction(text: string, start: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let i = start;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n') i++;
    if (i >= text.length) throw new Error('unclosed action');
    if (text.startsWith('}}', i)) return { tokens, end: i + 2 };
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++;
        if (text[j] === '\n') throw new Error('unterminated quoted string');
        j++;
      }
      if (j >= text.length) throw new Error('unterminated quoted string');
      tokens.push({ kind: 'string', text: _unquote(text.slice(i, j + 1)) });
      i = j + 1;
    } else if (c === '`') {
      const j = text.indexOf('`', i + 1);
      if (j < 0) throw new Error('unterminated raw quoted string');
      tokens.push({ kind: 'string', text: text.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === '|') {
      tokens.push({ kind: c, text: c });
      i++;
    } else {
      const m = /^(\.?[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
      if (m === null) throw new Error(`unexpected ${JSON.stringify(c)} in action`);
      tokens.push({ kind: m[1]!.startsWith('.') ? 'field' : 'ident', text: m[1]! });
      i += m[1]!.length;
    }
  }
}

function _parsePipe(tokens: Token[], pos: { i: number }): Node {
  const commands: Node[][] = [[]];
  while (pos.i < tokens.length) {
    const t = tokens[pos.i]!;
    if (t.kind === ')') break;
    pos.i++;
    if (t.kind === '|') commands.push([]);
    else if (t.kind === '(') {
      commands[commands.length - 1]!.push(_parsePipe(tokens, pos));
      if (tokens[pos.i++]?.kind !== ')') throw new Error('unclosed left paren');
    } else if (t.kind === 'string') commands[commands.length - 1]!.push({ kind: 'value', value: t.text });
    else if (t.kind === 'field') commands[commands.length - 1]!.push({ kind: 'field', name: t.text.slice(1) });
    else commands[commands.length - 1]!.push({ kind: 'ident', name: t.text });
  }
  if (commands.some((c) => c.length === 0)) throw new Error('empty command');
  return { kind: 'pipe', commands };
}

function _eval(node: Node, data: Readonly<Record<string, string>>): Value {
  if (node.kind === 'value') return node.value;
  if (node.kind === 'field') {
    const v = data[node.name];
    // Go would print <no value> for a missing map key; a test template must only read what it is given.
    if (v === undefined) throw new Error(`no field ${node.name}`);
    return v;
  }
  if (node.kind === 'ident') throw new Error(`function ${node.name} used as a value`);
  let piped: Value | undefined;
  for (const command of node.commands) {
    const [head, ...rest] = command;
    const args = rest.map((a) => _eval(a, data));
    if (piped !== undefined) args.push(piped);
    if (head!.kind === 'ident') {
      const fn = FUNCS[head!.name];
      if (fn === undefined) throw new Error(`function ${head!.name} not defined`);
      piped = fn(...args);
    } else {
      if (args.length > 0) throw new Error("can't give argument to non-function");
      piped = _eval(head!, data);
    }
  }
  return piped!;
}

/** Runs `template` with `data` (`.name` → value) and returns the text, as External Secrets would write it. */
export function executeGoTemplate(template: string, data: Readonly<Record<string, string>>): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const { tokens, end } = _lexAction(template, open + 2);
    const pos = { i: 0 };
    const pipe = _parsePipe(tokens, pos);
    if (pos.i !== tokens.length) throw new Error('unexpected ) in action');
    const v = _eval(pipe, data);
    out += typeof v === 'string' ? v : `map[${Object.keys(v).join(' ')}]`;
    i = end;
  }
  return out;
}
