import fc from 'fast-check';
import { parseRoute, RouteSyntaxError } from '../../src/model/route.js';

const valid = [
  { name: 'upstream from all messages', text: 'FROM /messages/* INTO $upstream', source: '/messages/*', modules: [], sink: { kind: 'upstream' } },
  { name: 'keywords in lower case (az CLI layered fixture)', text: 'from /messages/* INTO $upstream', source: '/messages/*', modules: [], sink: { kind: 'upstream' } },
  { name: 'root wildcard /*', text: 'FROM /* INTO $upstream', source: '/*', modules: [], sink: { kind: 'upstream' } },
  {
    name: 'module output into a module input',
    text: 'FROM /messages/modules/SimulatedTemperatureSensor/outputs/temperatureOutput INTO BrokeredEndpoint("/modules/filtermodule/inputs/input1")',
    source: '/messages/modules/SimulatedTemperatureSensor/outputs/temperatureOutput',
    sourceModule: 'SimulatedTemperatureSensor',
    sourceOutput: 'temperatureOutput',
    sinkModule: 'filtermodule',
    modules: ['SimulatedTemperatureSensor', 'filtermodule'],
    sink: { kind: 'module', module: 'filtermodule', input: 'input1' },
  },
  {
    name: 'module source without /outputs (sinfergit example)',
    text: 'FROM /messages/modules/OPCPublisher INTO BrokeredEndpoint("/modules/python_test_module/inputs/input1")',
    source: '/messages/modules/OPCPublisher',
    sourceModule: 'OPCPublisher',
    sinkModule: 'python_test_module',
    modules: ['OPCPublisher', 'python_test_module'],
    sink: { kind: 'module', module: 'python_test_module', input: 'input1' },
  },
  { name: 'all modules wildcard names no module', text: 'FROM /messages/modules/* INTO $upstream', source: '/messages/modules/*', modules: [], sink: { kind: 'upstream' } },
  {
    name: 'WHERE condition is kept',
    text: 'FROM /messages/modules/m/* WHERE $body.temperature > 30 INTO $upstream',
    source: '/messages/modules/m/*',
    sourceModule: 'm',
    condition: '$body.temperature > 30',
    modules: ['m'],
    sink: { kind: 'upstream' },
  },
  {
    name: 'INTO inside a quoted string does not end the condition',
    text: "FROM /messages/* WHERE status = 'INTO the void' INTO $upstream",
    source: '/messages/*',
    condition: "status = 'INTO the void'",
    modules: [],
    sink: { kind: 'upstream' },
  },
  {
    name: 'parenthesised condition',
    text: 'FROM /messages/* WHERE (a = 1 OR b = 2) AND NOT c INTO $upstream',
    source: '/messages/*',
    condition: '(a = 1 OR b = 2) AND NOT c',
    modules: [],
    sink: { kind: 'upstream' },
  },
  { name: 'SELECT * prefix of the grammar', text: 'SELECT * FROM /messages/* INTO $upstream', source: '/messages/*', modules: [], sink: { kind: 'upstream' } },
  { name: 'mixed-case keywords and $Upstream', text: 'From /messages/* Into $Upstream', source: '/messages/*', modules: [], sink: { kind: 'upstream' } },
  {
    name: 'single-quoted endpoint and spaces around parentheses',
    text: "FROM /messages/modules/a/outputs/o INTO BrokeredEndpoint ( '/modules/b/inputs/i' )",
    source: '/messages/modules/a/outputs/o',
    sourceModule: 'a',
    sourceOutput: 'o',
    sinkModule: 'b',
    modules: ['a', 'b'],
    sink: { kind: 'module', module: 'b', input: 'i' },
  },
  { name: 'twin change notifications source', text: 'FROM /twinChangeNotifications INTO $upstream', source: '/twinChangeNotifications', modules: [], sink: { kind: 'upstream' } },
  {
    name: 'a module routing to itself is named once',
    text: 'FROM /messages/modules/a/outputs/* INTO BrokeredEndpoint("/modules/a/inputs/loop")',
    source: '/messages/modules/a/outputs/*',
    sourceModule: 'a',
    sinkModule: 'a',
    modules: ['a'],
    sink: { kind: 'module', module: 'a', input: 'loop' },
  },
  { name: 'leading and trailing whitespace', text: '  FROM /messages/*   INTO $upstream  ', source: '/messages/*', modules: [], sink: { kind: 'upstream' } },
  // edgeHub EndpointFactory.CreateFunctionEndpoint: trim, drop one leading and one trailing '/', split into 4 items.
  {
    name: 'BrokeredEndpoint address without the leading / (marvin-garcia/AzureSqlEdge)',
    text: 'FROM /messages/modules/a/outputs/o INTO BrokeredEndpoint("modules/sqlEdge/inputs/edgehubinput")',
    source: '/messages/modules/a/outputs/o', sourceModule: 'a', sourceOutput: 'o', sinkModule: 'sqlEdge', modules: ['a', 'sqlEdge'],
    sink: { kind: 'module', module: 'sqlEdge', input: 'edgehubinput' },
  },
  {
    name: 'BrokeredEndpoint address with a trailing / and spaces inside the quotes',
    text: 'FROM /messages/* INTO BrokeredEndpoint(" /modules/b/inputs/i/ ")',
    source: '/messages/*', sinkModule: 'b', modules: ['b'], sink: { kind: 'module', module: 'b', input: 'i' },
  },
  {
    name: 'BrokeredEndpoint: edgeHub takes items 1 and 3 whatever items 0 and 2 say',
    text: 'FROM /messages/* INTO BrokeredEndpoint("/modules/a/outputs/b")',
    source: '/messages/*', sinkModule: 'a', modules: ['a'], sink: { kind: 'module', module: 'a', input: 'b' },
  },
  // Route.g4: the `route` rule has no EOF, and RouteFactory.ParseRoute checks only parser errors: the rest is ignored.
  { name: 'text after a complete route is ignored (lfitchett/DiagnosticsModule: a stray ")")', text: 'FROM /messages/* INTO $upstream)', source: '/messages/*', modules: [], sink: { kind: 'upstream' }, ignoredFrom: 31 },
  { name: 'a word after the sink is ignored too', text: 'FROM /messages/* INTO $upstream extra', source: '/messages/*', modules: [], sink: { kind: 'upstream' }, ignoredFrom: 32 },
];

describe('parseRoute: valid routes', () => {
  it.each(valid)('$name', ({ text, name: _name, ...expected }) => {
    const parsed = parseRoute(text);
    expect(parsed).toStrictEqual(expected);
  });
});

const invalid = [
  { name: 'empty text', text: '', position: 0, fragment: 'empty' },
  { name: 'template placeholder (LoRaWAN template)', text: '$EDGEHUB_ROUTE', position: 0, fragment: 'expected FROM' },
  { name: 'source without leading slash', text: 'FROM messages/* INTO $upstream', position: 5, fragment: "starting with '/'" },
  { name: 'missing INTO', text: 'FROM /messages/* $upstream', position: 17, fragment: 'expected INTO' },
  { name: 'missing sink', text: 'FROM /messages/* INTO', position: 21, fragment: 'expected a sink' },
  { name: 'unknown system endpoint', text: 'FROM /messages/* INTO $downstream', position: 22, fragment: "unknown system endpoint '$downstream'" },
  { name: 'unknown sink function', text: 'FROM /messages/* INTO Endpoint("/modules/a/inputs/b")', position: 22, fragment: "unknown sink 'Endpoint'" },
  { name: 'endpoint with three items', text: 'FROM /messages/* INTO BrokeredEndpoint("/modules/a/inputs")', position: 39, fragment: 'must be "/modules/<module>/inputs/<input>"' },
  { name: 'endpoint with five items', text: 'FROM /messages/* INTO BrokeredEndpoint("/modules/a/inputs/b/c")', position: 39, fragment: 'must be "/modules/<module>/inputs/<input>"' },
  { name: 'unclosed BrokeredEndpoint', text: 'FROM /messages/* INTO BrokeredEndpoint("/modules/a/inputs/b"', position: 60, fragment: "expected ')'" },
  { name: 'WHERE without condition', text: 'FROM /messages/* WHERE INTO $upstream', position: 22, fragment: 'WHERE needs a condition' },
  { name: 'unbalanced parenthesis in WHERE', text: 'FROM /messages/* WHERE (a = 1 INTO $upstream', position: 44, fragment: "missing ')'" },
  { name: 'unterminated string in WHERE', text: "FROM /messages/* WHERE a = 'x INTO $upstream", position: 27, fragment: 'unterminated string' },
  { name: 'empty path item', text: 'FROM /messages//* INTO $upstream', position: 15, fragment: "expected a name or '*'" },
  { name: 'INTO glued to the sink', text: 'FROM /messages/* INTO$upstream', position: 17, fragment: 'expected INTO' },
];

describe('parseRoute: syntax errors name the position', () => {
  it.each(invalid)('$name', ({ text, position, fragment }) => {
    let caught: unknown;
    try {
      parseRoute(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RouteSyntaxError);
    expect((caught as RouteSyntaxError).position).toBe(position);
    expect((caught as RouteSyntaxError).message).toContain(fragment);
    expect((caught as RouteSyntaxError).message).toContain(`at character ${position}`);
  });
});

describe('parseRoute (property)', () => {
  it('throws nothing but RouteSyntaxError on any text', () => {
    const pieces = fc.constantFrom('FROM', 'from', 'WHERE', 'INTO', 'SELECT', '*', '/', '/messages', '/modules/a', "'", '"', '(', ')', '$upstream', 'BrokeredEndpoint', ' ', '\\', 'x');
    const texts = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        try {
          parseRoute(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RouteSyntaxError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
