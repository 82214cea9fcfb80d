/**
 * parseYamlDocuments: the documents of a device file as plain data, one entry per `---` document; a document
 * with a YAML error is null in its place (the others still parse), and a file never throws: a hand-edited file
 * must not stop a change description, it only says less.
 */
import { parseYamlDocuments } from '../../../src/publish/changes/parse-yaml-documents.js';

describe('parseYamlDocuments', () => {
  it.each<{ name: string; text: string; expected: unknown[] }>([
    { name: 'one document', text: 'kind: ConfigMap\nmetadata:\n  name: a\n', expected: [{ kind: 'ConfigMap', metadata: { name: 'a' } }] },
    { name: 'several documents in order', text: 'a: 1\n---\nb: [x, y]\n', expected: [{ a: 1 }, { b: ['x', 'y'] }] },
    { name: 'a leading --- starts the first document (no empty one before it)', text: '---\na: 1\n', expected: [{ a: 1 }] },
    { name: 'an empty file has no documents', text: '', expected: [] },
    { name: 'a comment-only file has no documents', text: '# hand note\n', expected: [] },
    { name: 'a broken document in the middle is null, its neighbours parse', text: 'a: 1\n---\nb: [\n---\nc: 3\n', expected: [{ a: 1 }, null, { c: 3 }] },
    { name: 'a duplicate key is an error: null', text: 'a: 1\na: 2\n', expected: [null] },
    { name: 'tab indentation is an error: null', text: 'a:\n\tb: 1\n', expected: [null] },
    { name: 'a plain scalar document is that value', text: 'just text\n', expected: ['just text'] },
    { name: 'an explicit empty document is null', text: 'a: 1\n---\n', expected: [{ a: 1 }, null] },
    // The parser accepts an alias to no anchor; only turning it into data fails, and only for that document.
    { name: 'an alias to no anchor makes its document null, not the whole file', text: 'a: 1\n---\nb: *nowhere\n', expected: [{ a: 1 }, null] },
  ])('$name', ({ text, expected }) => {
    expect(parseYamlDocuments(text)).toStrictEqual(expected);
  });

  it.each([
    { name: 'binary garbage', text: '\u0000\u0001\uffff: [' },
    { name: 'an unclosed quote', text: 'a: "open\n' },
    { name: 'an unresolved alias', text: 'b: *nowhere\n' },
  ])('never throws on $name', ({ text }) => {
    expect(() => parseYamlDocuments(text)).not.toThrow();
  });
});
