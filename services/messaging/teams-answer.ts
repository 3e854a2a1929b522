// What Teams' HTTP answer to a message means: the kind of failure a status is (delivery-error.ts
// names the kinds), and how long Retry-After asks us to wait.
import type { DeliveryErrorKind } from "./delivery-error";

/** The kind of failure an HTTP status means for a message to Teams. */
export function kindOfStatus(status: number): DeliveryErrorKind {
  if (status === 429) return "throttled";
  if (status === 413) return "tooLarge";
  if (status === 403 || status === 404) return "unreachable";
  if (status === 0 || status === 408 || status === 412 || status >= 500) return "transient";
  return "failed";
}

/** Retry-After as Teams sends it: seconds, or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(
  header: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
