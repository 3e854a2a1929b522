// A copy of a unit's results on its report row, so that a summary reads one row per unit instead
// of one per result (300 units × 60 indicators: 300 rows, not 16 000). The result rows stay the
// truth (history, ETags, drill-downs read them); the copy is written with them by every submit, in
// the same transaction as the report row that guards them, and says which version it is of. A
// report row whose copy is missing, of another version, or unreadable is read from its result
// rows instead, so rows written before the copy existed, and a reopen (which rewrites the report
// row without it), still load.
//
// Whoever writes a unit's result rows writes its report row with them (commitReport), so a copy can
// never describe other results than the rows of its version.
import { activityStates } from "../plan/plan-schema";
import type { Result } from "./report-model";

/** Table Storage takes string properties up to 64 KiB (32 768 UTF-16 units); a little under. */
const CHUNK = 30_000;
/** At most this many parts (a row may hold 1 MiB in all): a larger copy is not written. */
const MAX_CHUNKS = 12;
const PART = (index: number) => `snapshot${index}`;

/** The report row's properties that carry the copy of `results` at `version` ({} when too large). */
export function snapshotFields(
  results: Iterable<Result>,
  version: number,
): Record<string, unknown> {
  const compact = [...results].map(({ planId: _plan, periodId: _period, ...rest }) =>
    Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
  );
  const text = JSON.stringify(compact);
  const parts = Math.ceil(text.length / CHUNK) || 1;
  if (parts > MAX_CHUNKS) return {};
  const fields: Record<string, unknown> = { snapshotVersion: version, snapshotParts: parts };
  for (let i = 0; i < parts; i += 1) fields[PART(i)] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  return fields;
}

/** The results the row's copy holds, when it is one of the report's `version`; else undefined. */
export function readSnapshot(
  row: Record<string, unknown>,
  planId: string,
  periodId: string,
  version: number,
): Result[] | undefined {
  const parts = row.snapshotParts;
  if (row.snapshotVersion !== version || typeof parts !== "number" || parts < 1) return undefined;
  let text = "";
  for (let i = 0; i < parts; i += 1) {
    const part = row[PART(i)];
    if (typeof part !== "string") return undefined;
    text += part;
  }
  try {
    const entries: unknown = JSON.parse(text);
    if (!Array.isArray(entries)) return undefined;
    const results: Result[] = [];
    for (const entry of entries) {
      const result = resultOf(entry, planId, periodId);
      if (!result) return undefined; // unreadable: the result rows are read instead
      results.push(result);
    }
    return results;
  } catch {
    return undefined;
  }
}

const KINDS = new Set<unknown>(["indicator", "activity", "question"]);
const STATUSES = new Set<unknown>(["green", "yellow", "red", "none"]);
const STATES = new Set<unknown>(activityStates);
const isText = (value: unknown) =>
  value === undefined || value === null || typeof value === "string";

/**
 * One result of a copy, checked by hand: the schema of a result row (report-rows.ts) costs 35 µs a
 * result, most of a large summary's load. The same rules: keys and kind, status and state from
 * their lists, optional texts empty when absent. Fields this check does not know are kept as
 * written, as a result row keeps them.
 */
function resultOf(entry: unknown, planId: string, periodId: string): Result | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const e = entry as Record<string, unknown>;
  const ok =
    typeof e.unitId === "string" &&
    typeof e.itemId === "string" &&
    KINDS.has(e.kind) &&
    STATUSES.has(e.status) &&
    typeof e.by === "string" &&
    typeof e.at === "string" &&
    Number.isInteger(e.version) &&
    (e.number === undefined || e.number === null || typeof e.number === "number") &&
    (e.yes === undefined || e.yes === null || typeof e.yes === "boolean") &&
    (e.activityState === undefined || e.activityState === null || STATES.has(e.activityState)) &&
    isText(e.value) &&
    isText(e.explanation) &&
    isText(e.comment) &&
    isText(e.text) &&
    isText(e.byName);
  if (!ok) return undefined;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    ...e,
    planId,
    periodId,
    value: text(e.value),
    explanation: text(e.explanation),
    comment: text(e.comment),
    text: text(e.text),
    byName: text(e.byName),
    number: typeof e.number === "number" ? e.number : undefined,
    yes: typeof e.yes === "boolean" ? e.yes : undefined,
    activityState: STATES.has(e.activityState)
      ? (e.activityState as Result["activityState"])
      : undefined,
  } as Result;
}
