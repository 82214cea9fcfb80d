/** The Go template subset the secret tests run templates with behaves as Go's text/template + sprig do. */
import { executeGoTemplate } from './go-template.js';

describe('executeGoTemplate', () => {
  it.each([
    { name: 'text outside actions is copied', template: 'a"b}}c', expected: 'a"b}}c' },
    { name: 'a field', template: 'x{{ .password }}y', expected: 'xPy' },
    { name: '}} inside a quoted string does not end the action (lex.go lexQuote)', template: 'a{{ "x}}y" }}b', expected: 'ax}}yb' },
    { name: 'a raw string', template: '{{ `a\\n` }}', expected: 'a\\n' },
    { name: 'printf %s with arguments', template: '{{ printf "%s-%s" "a" .password }}', expected: 'a-P' },
    { name: 'a pipe passes its value as the last argument', template: '{{ "a" | printf "%s!" }}', expected: 'a!' },
    { name: 'strconv.Unquote escapes', template: '{{ "\\u00fc\\x41\\"\\\\" }}', expected: 'üA"\\' },
    { name: 'toJson of a dict sorts keys and escapes <>& (encoding/json)', template: '{{ dict "b" "<&>" "a" "1" | toJson }}', expected: '{"a":"1","b":"\\u003c\\u0026\\u003e"}' },
    { name: 'b64enc', template: '{{ "u:p" | b64enc }}', expected: 'dTpw' },
    { name: 'parentheses', template: '{{ printf "%s" ("x" | b64enc) }}', expected: 'eA==' },
  ])('$name', ({ template, expected }) => {
    expect(executeGoTemplate(template, { password: 'P' })).toBe(expected);
  });

  it.each([
    { name: 'a surrogate escape (invalid Unicode code point)', template: '{{ "\\ud800" }}' },
    { name: 'an unknown function', template: '{{ nosuch "a" }}' },
    { name: 'an unclosed action', template: '{{ .password ' },
    { name: 'an unterminated string', template: '{{ "abc }}' },
  ])('fails like Go on $name', ({ template }) => {
    expect(() => executeGoTemplate(template, { password: 'P' })).toThrow();
  });
});
