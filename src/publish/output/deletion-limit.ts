import { ConfigError } from '../../errors.js';

/** `--max-deletions`: an absolute number of device directories, or a percentage of those present. */
export type DeletionLimit = { readonly kind: 'count'; readonly value: number } | { readonly kind: 'percent'; readonly value: number };

/** @default 10 device directories */
export const DEFAULT_MAX_DELETIONS = '10';

/** Parses `10` or `25%`; anything else (negative, fractional count, > 100 %) is a ConfigError naming the flag. */
export function parseDeletionLimit(text: string): DeletionLimit {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]);
    if (value <= 100) return { kind: 'percent', value };
  } else if (/^\d+$/.test(trimmed)) {
    return { kind: 'count', value: Number(trimmed) };
  }
  throw new ConfigError(`--max-deletions must be a whole number of device directories or a percentage up to 100% (e.g. 10 or 25%), got '${text}'`, { stage: 'publish' });
}

/**
 * How many device directories a run may remove when `present` exist. A percentage rounds down, so `10%` of
 * 5 devices allows none: the guard errs on the side of keeping workloads running.
 */
export function allowedDeletions(limit: DeletionLimit, present: number): number {
  return limit.kind === 'count' ? limit.value : Math.floor((present * limit.value) / 100);
}
