/**
 * The on-demand blobs of a partial clone come in bounded requests (issue 18): ids the clone already holds are not
 * asked for again, and no request carries more than the batch size.
 */
import { missingBatches, OIDS_PER_FETCH } from '../../../src/publish/git/fetch-blobs.js';

const id = (n: number) => n.toString(16).padStart(40, '0');

describe('missingBatches', () => {
  it('leaves out present and repeated ids and cuts the rest into batches of the given size, in first order', () => {
    // 25 ids (0..24), 5 present (0, 5, 10, 15, 20), 3 repeats: 20 missing → 10, 10.
    const wanted = [...Array.from({ length: 25 }, (_, n) => id(n)), id(3), id(24), id(5)];
    const present = [0, 5, 10, 15, 20].map(id).join('\n') + '\n';
    const batches = missingBatches(wanted, present, 8);
    expect(batches.map((b) => b.length)).toEqual([8, 8, 4]);
    expect(batches.flat()).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24].map(id));
  });

  it('asks for nothing when every id is present', () => {
    expect(missingBatches([id(1), id(2)], `${id(2)}\n${id(1)}\n`, OIDS_PER_FETCH)).toEqual([]);
  });

  it('keeps a request of 10,000 ids under half the 1 MiB argument limit of macOS, the rest left to the environment', () => {
    const wanted = Array.from({ length: OIDS_PER_FETCH + 1 }, (_, n) => id(n));
    const batches = missingBatches(wanted, '', OIDS_PER_FETCH);
    expect(batches.map((b) => b.length)).toEqual([10_000, 1]);
    expect(batches[0]!.join(' ').length).toBeLessThan(1024 * 1024 / 2);
  });
});
