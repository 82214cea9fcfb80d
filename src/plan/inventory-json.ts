import type { Inventory } from './inventory.js';

/**
 * inventory.json as a sequence of pieces whose concatenation is exactly `JSON.stringify(inventory, null, 2) + '\n'`,
 * one piece per device entry. The streaming writer compares and writes it piece by piece, so the whole text (12 MB
 * at 10,000 devices, twice that in memory once a string holds a non-Latin-1 character) is never built at once.
 */
export function* inventoryJsonPieces(inventory: Inventory): Generator<string> {
  const keys = Object.keys(inventory).filter((k) => (inventory as unknown as Record<string, unknown>)[k] !== undefined);
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = (inventory as unknown as Record<string, unknown>)[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (key === 'devices' && Array.isArray(value) && value.length > 0) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (let i = 0; i < value.length; i++) {
        // JSON text has no raw newline inside strings, so re-indenting by line is exact.
        yield `\n    ${JSON.stringify(value[i], null, 2).replace(/\n/g, '\n    ')}${i < value.length - 1 ? ',' : ''}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`;
    }
  }
  yield keys.length > 0 ? '\n}\n' : '}\n';
}
