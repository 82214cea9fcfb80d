/**
 * The digest of a device directory as written (src/plan/device-files-hash.ts): SHA-256 over the files in name
 * order, each as `name NUL byteLength NUL content`, and `name NUL "not-a-file" NUL` for an entry that is not a
 * regular file. Expected digests are computed here from that documented layout.
 */
import { createHash } from 'node:crypto';
import { deviceFilesHash } from '../../src/plan/device-files-hash.js';

const sha256 = (...parts: (string | Buffer)[]): string => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');

describe('deviceFilesHash', () => {
  it.each<{ name: string; files: [string, string | Buffer | null][]; expected: string }>([
    { name: 'no files: the SHA-256 of nothing', files: [], expected: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { name: 'one file: name, NUL, byte length, NUL, content', files: [['a.yaml', 'x: 1\n']], expected: sha256('a.yaml\u00005\u0000x: 1\n') },
    { name: 'the length counts UTF-8 bytes, not characters', files: [['ü.yaml', 'ü']], expected: sha256('ü.yaml\u00002\u0000ü') },
    { name: 'an empty file has length 0', files: [['e', '']], expected: sha256('e\u00000\u0000') },
    { name: 'an entry that is not a file', files: [['sub', null]], expected: sha256('sub\u0000not-a-file\u0000') },
    { name: 'files in name order, whatever order they are given in', files: [['b', '2'], ['a', '1']], expected: sha256('a\u00001\u00001', 'b\u00001\u00002') },
    { name: 'name order is by code unit: upper case before lower case', files: [['a', '1'], ['B', '2']], expected: sha256('B\u00001\u00002', 'a\u00001\u00001') },
  ])('$name', ({ files, expected }) => {
    expect(deviceFilesHash(files)).toBe(expected);
  });

  it.each<{ name: string; a: [string, string | Buffer | null][]; b: [string, string | Buffer | null][] }>([
    { name: 'content split differently between two files (a+bc vs ab+c)', a: [['1', 'a'], ['2', 'bc']], b: [['1', 'ab'], ['2', 'c']] },
    { name: 'a directory vs an empty file of the same name', a: [['x', null]], b: [['x', '']] },
    { name: 'a directory vs a file whose content is the marker', a: [['x', null]], b: [['x', 'not-a-file\u0000']] },
    { name: 'a file added', a: [['x', '1']], b: [['x', '1'], ['y', '']] },
    { name: 'a file renamed', a: [['x', '1']], b: [['y', '1']] },
    { name: 'one byte of content changed', a: [['x', 'replicas: 1\n']], b: [['x', 'replicas: 2\n']] },
  ])('tells apart: $name', ({ a, b }) => {
    expect(deviceFilesHash(a)).not.toBe(deviceFilesHash(b));
  });

  it('a Buffer and a string of the same UTF-8 bytes give the same digest (read from disk vs as written)', () => {
    expect(deviceFilesHash([['f', Buffer.from('größe: 1\n', 'utf8')]])).toBe(deviceFilesHash([['f', 'größe: 1\n']]));
  });

  it('takes any iterable, a Map included', () => {
    expect(deviceFilesHash(new Map([['b', '2'], ['a', '1']]))).toBe(deviceFilesHash([['a', '1'], ['b', '2']]));
  });
});
