// How reports, results, history and drafts are laid out in Table Storage, and the checks that read
// rows back. Layout and reasons: docs/storage.md, section "Reporting".
//
//   Reports       PK <plan>|<period>   RK u|<unit>                   the unit's report: version, who, when
//                                      RK r|<unit>|<item>            one result
//                                      RK h|<unit>|<version>|<item>  history: before and after of a change
//                                      RK h|<unit>|<version>|~submit history: the submit itself
//   ReportDrafts  PK <plan>|<period>   RK <unit>|<item>              one draft answer
//
// Keys are escaped with escapeKey, whose alphabet (A–Z a–z 0–9 - _ . ~) sorts below `|` … `}`, so
// `RowKey ge 'r|' and RowKey lt 'r}'` is exactly the results, and the same for one unit's rows.
import { z } from "zod";
import { activityStates } from "../plan/plan-schema";
import { DomainError } from "../errors";
import { escapeKey, type Row as TableRow } from "../storage/tables";
import type { DraftAnswer, HistoryEntry, Result, UnitReport } from "./report-model";

export const TABLES = { reports: "Reports", drafts: "ReportDrafts" } as const;

export const SUBMIT_MARKER = "~submit";

export function periodPartition(planId: string, periodId: string): string {
  return `${escapeKey(planId)}|${escapeKey(periodId)}`;
}

export const reportKey = (unitId: string) => `u|${escapeKey(unitId)}`;
export const resultKey = (unitId: string, itemId: string) =>
  `r|${escapeKey(unitId)}|${escapeKey(itemId)}`;
export const historyKey = (unitId: string, version: number, itemId: string) =>
  `h|${escapeKey(unitId)}|${String(version).padStart(6, "0")}|${itemId === SUBMIT_MARKER ? itemId : escapeKey(itemId)}`;
export const draftKey = (unitId: string, itemId: string) =>
  `${escapeKey(unitId)}|${escapeKey(itemId)}`;

/** The row keys that start with `prefix`: [prefix, prefix with its last `|` raised to `}`). */
export function prefixRange(prefix: string): { from: string; to: string } {
  if (!prefix.endsWith("|")) throw new Error("A key prefix ends with |");
  return { from: prefix, to: `${prefix.slice(0, -1)}}` };
}

const status = z.enum(["green", "yellow", "red", "none"]);
const optionalText = z
  .string()
  .nullish()
  .transform((text) => text ?? "");

const resultRow = z.object({
  planId: z.string(),
  periodId: z.string(),
  unitId: z.string(),
  itemId: z.string(),
  kind: z.enum(["indicator", "activity", "question"]),
  value: optionalText,
  number: z.number().nullish(),
  yes: z.boolean().nullish(),
  status,
  explanation: optionalText,
  activityState: z.enum(activityStates).nullish(),
  comment: optionalText,
  text: optionalText,
  by: z.string(),
  byName: optionalText,
  at: z.string(),
  version: z.number().int(),
  role: z.string().nullish(),
});

const reportRow = z.object({
  unitId: z.string(),
  version: z.number().int().nonnegative(),
  submittedAt: z.string().nullish(),
  submittedBy: z.string().nullish(),
  submittedByName: z.string().nullish(),
  reopenedUntil: z.string().nullish(),
  reopenedBy: z.string().nullish(),
  etag: z.string().optional(),
});

const draftRow = z.object({
  itemId: z.string(),
  value: z.string().nullish(),
  state: z.string().nullish(),
  comment: z.string().nullish(),
  text: z.string().nullish(),
  baseVersion: z.number().int().nonnegative(),
  savedBy: z.string(),
  savedByName: optionalText,
  savedAt: z.string(),
});

const historyRow = z.object({
  unitId: z.string(),
  itemId: z.string(),
  version: z.number().int(),
  action: z.enum(["report.submit", "result.change"]),
  by: z.string(),
  at: z.string(),
  before: z.string(),
  after: z.string(),
});

type Entity = Record<string, unknown>;
/** A row to write: its keys and properties. */
export type Row = TableRow;

function parseRow<T>(schema: z.ZodType<T>, row: Entity, what: string): T {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new DomainError(
      "STORAGE_UNAVAILABLE",
      `En sparad rad i tabellen ${what} går inte att läsa (${String(row.rowKey)}).`,
      { issues: parsed.error.issues },
    );
  }
  return parsed.data;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function rowToResult(row: Entity): Result {
  const data = parseRow(resultRow, row, TABLES.reports);
  return {
    ...data,
    number: orUndefined(data.number),
    yes: orUndefined(data.yes),
    activityState: orUndefined(data.activityState),
    role: orUndefined(data.role),
  };
}

export function resultToRow(partitionKey: string, result: Result): Row {
  return {
    partitionKey,
    rowKey: resultKey(result.unitId, result.itemId),
    ...withoutUndefined({ ...result }),
  };
}

export function rowToReport(row: Entity): UnitReport {
  const data = parseRow(reportRow, row, TABLES.reports);
  return {
    unitId: data.unitId,
    version: data.version,
    submittedAt: orUndefined(data.submittedAt),
    submittedBy: orUndefined(data.submittedBy),
    submittedByName: orUndefined(data.submittedByName),
    reopenedUntil: orUndefined(data.reopenedUntil),
    reopenedBy: orUndefined(data.reopenedBy),
    etag: data.etag,
  };
}

export function reportToRow(partitionKey: string, report: UnitReport): Row {
  const { etag: _etag, ...fields } = report;
  return { partitionKey, rowKey: reportKey(report.unitId), ...withoutUndefined(fields) };
}

export function rowToHistory(row: Entity): HistoryEntry {
  const data = parseRow(historyRow, row, TABLES.reports);
  return { ...data, before: JSON.parse(data.before), after: JSON.parse(data.after) };
}

export function rowToDraft(row: Entity): DraftAnswer {
  const data = parseRow(draftRow, row, TABLES.drafts);
  return {
    itemId: data.itemId,
    answer: withoutUndefined({
      value: orUndefined(data.value),
      state: orUndefined(data.state),
      comment: orUndefined(data.comment),
      text: orUndefined(data.text),
    }),
    baseVersion: data.baseVersion,
    savedBy: data.savedBy,
    savedByName: data.savedByName,
    savedAt: data.savedAt,
  };
}

export function draftToRow(partitionKey: string, unitId: string, draft: DraftAnswer): Row {
  return {
    partitionKey,
    rowKey: draftKey(unitId, draft.itemId),
    itemId: draft.itemId,
    ...withoutUndefined({ ...draft.answer }),
    baseVersion: draft.baseVersion,
    savedBy: draft.savedBy,
    savedByName: draft.savedByName,
    savedAt: draft.savedAt,
  };
}

/** Table Storage cannot store `undefined`: leave such properties out. */
export function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
