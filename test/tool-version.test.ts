import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/tool-version.js';

it('TOOL_VERSION equals the package version (trailers and PR metadata name the real release)', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
});
