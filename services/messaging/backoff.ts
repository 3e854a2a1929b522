// How long to wait before trying a message again after a transient failure (412, 5xx, network):
// exponential in the number of failures, capped, with jitter so that many failed sends do not all
// come back in the same second.

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** Between half and all of min(cap, base · 2^(failures − 1)). */
export function backoffMs(
  failures: number,
  random: () => number = Math.random,
  baseMs = BACKOFF_BASE_MS,
  capMs = BACKOFF_CAP_MS,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
