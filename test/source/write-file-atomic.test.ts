import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../src/source/write-file-atomic.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const temp = tempDirs('write-file-atomic-');

describe('writeFileAtomic', () => {
  it('replaces an existing file with the text and leaves no temporary file', async () => {
    const dir = temp();
    const file = path.join(dir, 'inventory.json');
    writeFileSync(file, 'old\n');
    await writeFileAtomic(file, '{"devices":[]}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"devices":[]}\n');
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });

  it('writes pieces in order, across the 1 MiB batches, without joining them first', async () => {
    const dir = temp();
    const file = path.join(dir, 'big.json');
    // 3 pieces of 600,000 characters: the first batch is written after the second piece (1.2 M ≥ 1 MiB = 1,048,576).
    const pieces = ['a', 'b', 'c'].map((c) => c.repeat(600_000));
    await writeFileAtomic(file, pieces.values());
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBe(1_800_000);
    expect([text[0], text[599_999], text[600_000], text[1_199_999], text[1_200_000], text[1_799_999]]).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
  });

  it('on failure keeps the old file, removes its temporary and throws the system error', async () => {
    const dir = temp();
    // A directory where the file goes: the rename over it fails (EISDIR), after the temporary was written.
    const target = path.join(dir, 'inventory.json');
    mkdirSync(target);
    writeFileSync(path.join(target, 'kept'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(dir)).toEqual(['inventory.json']);
    expect(readdirSync(target)).toEqual(['kept']);
  });

  it('uses the temporary name it is given, and never overwrites a file already there under that name', async () => {
    const dir = temp();
    const file = path.join(dir, 'inventory.json');
    const tempName = `${file}.tmp-given`;
    await writeFileAtomic(file, 'first', { temp: tempName });
    expect(readFileSync(file, 'utf8')).toBe('first');
    writeFileSync(tempName, 'not ours');
    await expect(writeFileAtomic(file, 'second', { temp: tempName })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readFileSync(tempName, 'utf8')).toBe('not ours');
  });
});
