import type { EdgeDeployment } from '../model/edge-deployment.js';

/** Which key decided between two deployments of equal standing. */
export type PrecedenceKey = 'priority' | 'createdTimeUtc' | 'id' | 'same';

/**
 * Orders deployments the way IoT Hub picks a winner (spec §3 step 2 and step 4): higher `priority` first;
 * at equal priority the more recently created (`createdTimeUtc`) [MDM "Priority"]; when the creation times
 * are equal too (not documented by IoT Hub, spec §10.12) the larger `id` by ordinal comparison. Returns a
 * positive number when `a` takes precedence over `b`, negative when `b` does, 0 only for the same id.
 * Layers are applied in ascending order of this comparison, so the one that takes precedence writes last.
 */
export function compareDeploymentPrecedence(a: EdgeDeployment, b: EdgeDeployment): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ta = createdTimeValue(a.createdTimeUtc);
  const tb = createdTimeValue(b.createdTimeUtc);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The key that `compareDeploymentPrecedence` used to order `a` and `b`. */
export function precedenceKey(a: EdgeDeployment, b: EdgeDeployment): PrecedenceKey {
  if (a.priority !== b.priority) return 'priority';
  if (createdTimeValue(a.createdTimeUtc) !== createdTimeValue(b.createdTimeUtc)) return 'createdTimeUtc';
  return a.id === b.id ? 'same' : 'id';
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const HAS_TIME = /T/i;

/**
 * Milliseconds since the epoch of an ISO-8601 `createdTimeUtc`; -Infinity when empty or unreadable, so a
 * configuration without a creation time counts as the oldest. A date-time without a zone is read as UTC
 * (the field is UTC by name), never as local time, so the answer does not depend on the machine.
 */
export function createdTimeValue(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return -Infinity;
  const value = Date.parse(HAS_TIME.test(trimmed) && !HAS_ZONE.test(trimmed) ? `${trimmed}Z` : trimmed);
  return Number.isNaN(value) ? -Infinity : value;
}
