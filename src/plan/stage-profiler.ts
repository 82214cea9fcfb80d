/** Stages of `synthesize` that a profiler can time (load and write happen outside it, in the commands). */
export type SynthStage = 'model' | 'targeting' | 'translate' | 'render' | 'inventory';

/**
 * Times the pure stages of one synth run without the pipeline reading a clock itself: the caller (the
 * benchmark) injects the clock. `time` must return what `work` returns and rethrow what it throws.
 */
export interface StageProfiler {
  time<T>(stage: SynthStage, work: () => T): T;
}

/** A profiler that adds up milliseconds per stage from the given monotonic clock. */
export function stageTotals(now: () => number): StageProfiler & { readonly totals: Record<SynthStage, number> } {
  const totals: Record<SynthStage, number> = { model: 0, targeting: 0, translate: 0, render: 0, inventory: 0 };
  return {
    totals,
    time<T>(stage: SynthStage, work: () => T): T {
      const started = now();
      try {
        return work();
      } finally {
        totals[stage] += now() - started;
      }
    },
  };
}
