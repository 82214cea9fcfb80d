/**
 * The stage profiler (src/plan/stage-profiler.ts): adds up, per stage, the time the injected clock reports
 * around each piece of work; returns what the work returns and rethrows what it throws, counting the time either way.
 */
import { stageTotals } from '../../src/plan/stage-profiler.js';

/** A clock that returns the given readings in turn. */
const clock = (...readings: number[]) => () => {
  const next = readings.shift();
  if (next === undefined) throw new Error('clock read more often than expected');
  return next;
};

describe('stageTotals', () => {
  it('starts at zero for every stage', () => {
    expect(stageTotals(clock()).totals).toStrictEqual({ model: 0, targeting: 0, translate: 0, render: 0, inventory: 0 });
  });

  it('returns the work\'s value and adds end − start to that stage only', () => {
    const profiler = stageTotals(clock(100, 107.5));
    expect(profiler.time('render', () => 'rendered')).toBe('rendered');
    expect(profiler.totals).toStrictEqual({ model: 0, targeting: 0, translate: 0, render: 7.5, inventory: 0 });
  });

  it('sums repeated runs of one stage and keeps stages apart', () => {
    const profiler = stageTotals(clock(0, 2, 10, 13, 20, 24));
    profiler.time('translate', () => undefined);
    profiler.time('model', () => undefined);
    profiler.time('translate', () => undefined);
    expect(profiler.totals).toStrictEqual({ model: 3, targeting: 0, translate: 6, render: 0, inventory: 0 });
  });

  it('rethrows the very error the work throws and still counts its time', () => {
    const profiler = stageTotals(clock(5, 9));
    const error = new Error('boom');
    expect(() =>
      profiler.time('targeting', () => {
        throw error;
      }),
    ).toThrow(error);
    expect(profiler.totals.targeting).toBe(4);
  });

  it('reads the clock once before and once after the work, not during it', () => {
    const readings: string[] = [];
    let t = 0;
    const profiler = stageTotals(() => (readings.push('clock'), t++));
    profiler.time('inventory', () => readings.push('work'));
    expect(readings).toStrictEqual(['clock', 'work', 'clock']);
  });
});
