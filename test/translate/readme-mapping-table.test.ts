/** README's mapping table is generated from the handlers that apply the mapping: it may never drift. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMappingTableMarkdown } from '../../src/translate/index.js';

const readme = path.resolve(import.meta.dirname, '../../README.md');
const START = '<!-- mapping-table:start -->\n';
const END = '<!-- mapping-table:end -->';

it('README mapping table equals the generated one (UPDATE_README=1 npm test -- readme to refresh)', () => {
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(START) + START.length;
  const to = text.indexOf(END);
  expect(from).toBeGreaterThan(START.length - 1);
  expect(to).toBeGreaterThan(from - 1);
  const generated = renderMappingTableMarkdown().trimEnd() + '\n';
  if (process.env['UPDATE_README'] === '1') writeFileSync(readme, text.slice(0, from) + generated + text.slice(to));
  else expect(text.slice(from, to)).toBe(generated);
});
