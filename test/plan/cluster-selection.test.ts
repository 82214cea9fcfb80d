/**
 * Issue 18: the selection of clusters a run works on. Shard numbers worked out by hand from `printf %s NAME |
 * sha256sum`: the first 8 hex digits as an integer, modulo N, plus one.
 *   plant-a 257b4ac4 = 628837060  → 1/2, 2/3 · plant-b 4b00ae9c = 1258335900 → 1/2, 1/3
 *   field   c0d2856b = 3235022187 → 2/2, 1/3 · default 37a8eec1 = 933818049 → 2/2, 1/3
 *   north   dc365e79 = 3694550649 → 2/4     · south 2daa8d4a = 766152010 → 3/4 · east 6bdb262b = 1809524267 → 4/4
 */
import { ConfigError } from '../../src/errors.js';
import { describeSelection, parseClusterSelection, selectionLabel, selectsCluster, selectsPath, shardOfCluster } from '../../src/plan/cluster-selection.js';

describe('shardOfCluster', () => {
  it.each([
    ['plant-a', 2, 1],
    ['plant-b', 2, 1],
    ['field', 2, 2],
    ['default', 2, 2],
    ['plant-a', 3, 2],
    ['plant-b', 3, 1],
    ['north', 4, 2],
    ['south', 4, 3],
    ['east', 4, 4],
    ['east', 1, 1],
  ])('%s of %i shards → %i', (cluster, count, shard) => {
    expect(shardOfCluster(cluster, count)).toBe(shard);
  });

  it('does not depend on which other clusters exist', () => {
    const selection = parseClusterSelection({ shard: '2/4' });
    expect(['north', 'south', 'east'].filter((c) => selectsCluster(selection, c))).toEqual(['north']);
    expect(['east', 'north'].filter((c) => selectsCluster(selection, c))).toEqual(['north']);
  });
});

describe('parseClusterSelection', () => {
  it('no flag selects every cluster', () => {
    expect(parseClusterSelection({})).toBeUndefined();
    expect(selectsCluster(undefined, 'anything')).toBe(true);
  });

  it('--cluster names, sorted and once each', () => {
    expect(parseClusterSelection({ cluster: ['plant-b', 'plant-a', 'plant-b'] })).toEqual({ kind: 'clusters', clusters: ['plant-a', 'plant-b'] });
    expect(parseClusterSelection({ cluster: 'field' })).toEqual({ kind: 'clusters', clusters: ['field'] });
  });

  it('--shard I/N', () => {
    expect(parseClusterSelection({ shard: '2/4' })).toEqual({ kind: 'shard', index: 2, count: 4 });
    expect(parseClusterSelection({ shard: '1000/1000' })).toEqual({ kind: 'shard', index: 1000, count: 1000 });
  });

  it.each([
    [{ cluster: ['plant-a'], shard: '1/2' }, /--cluster and --shard/],
    [{ cluster: ['Plant-A'] }, /--cluster 'Plant-A' is not a cluster folder name/],
    [{ cluster: ['a/b'] }, /--cluster 'a\/b' is not a cluster folder name/],
    [{ cluster: ['-a'] }, /not a cluster folder name/],
    [{ cluster: ['x'.repeat(64)] }, /not a cluster folder name/],
    [{ shard: '0/4' }, /--shard must be I\/N/],
    [{ shard: '5/4' }, /--shard must be I\/N/],
    [{ shard: '1/1001' }, /--shard must be I\/N/],
    [{ shard: '1/0' }, /--shard must be I\/N/],
    [{ shard: '1.5/4' }, /--shard must be I\/N/],
    [{ shard: '2' }, /--shard must be I\/N/],
  ])('%j is a usage error', (flags, message) => {
    expect(() => parseClusterSelection(flags)).toThrow(ConfigError);
    expect(() => parseClusterSelection(flags)).toThrow(message);
  });
});

describe('selectsPath', () => {
  const selection = parseClusterSelection({ cluster: ['plant-a'] });
  it.each([
    ['devices/plant-a/msiot-hub-dev1', true],
    ['devices/plant-a/inventory.json', true],
    ['devices/plant-b/msiot-hub-dev1', false],
    ['inventory.json', false],
    ['README.md', false],
  ])('%s → %s', (relative, expected) => {
    expect(selectsPath(selection, relative)).toBe(expected);
  });
});

describe('selectionLabel', () => {
  it('names a shard and a list of clusters', () => {
    expect(selectionLabel(undefined)).toBeUndefined();
    expect(selectionLabel({ kind: 'shard', index: 2, count: 4 })).toBe('shard-2-of-4');
    expect(selectionLabel(parseClusterSelection({ cluster: ['plant-b', 'plant-a'] }))).toBe('clusters-plant-a-plant-b');
  });

  it('a long list is cut to 51 characters and the hash of the joined names appended (60 in all)', () => {
    // 'clusters-' (9) + 'alpha-cluster-number-one-' (25) + 'beta-cluster-numb' (17) = 51. Joined: alpha-cluster-number-one-beta-cluster-number-two-gamma-cluster; printf %s … | sha256sum → 6aa3f240…
    const label = selectionLabel(parseClusterSelection({ cluster: ['gamma-cluster', 'alpha-cluster-number-one', 'beta-cluster-number-two'] }));
    expect(label).toBe('clusters-alpha-cluster-number-one-beta-cluster-numb-6aa3f240');
    expect(label!.length).toBe(60);
  });
});

describe('describeSelection', () => {
  it('names the shard and its clusters', () => {
    expect(describeSelection({ kind: 'shard', index: 2, count: 4 }, ['plant-a', 'plant-b'])).toBe('shard 2/4: clusters plant-a, plant-b');
    expect(describeSelection({ kind: 'shard', index: 1, count: 4 }, [])).toBe('shard 1/4: no cluster');
    expect(describeSelection({ kind: 'clusters', clusters: ['field'] }, ['field'])).toBe('cluster field');
  });
});
