import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/one-line.ts
var CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function oneLine(text) {
  return text.replace(CONTROL, (char) => NAMED[char] ?? _escape(char.charCodeAt(0)));
}
function printableLines(lines) {
  return lines.map(oneLine).join("\n") + "\n";
}
function _escape(code) {
  return code <= 255 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/source/live/page-size.ts
var DEFAULT_PAGE_SIZE = 100;
var MAX_PAGE_SIZE = 1e4;

export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  oneLine,
  printableLines
};
