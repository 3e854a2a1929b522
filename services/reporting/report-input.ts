// Reads what a report card sends (Action.Execute data or the Action.Submit fallback's value): the
// card's own fields and one input per answer, `v:<item>` (value), `s:<item>` (activity state),
// `c:<item>` (comment), `t:<item>` (narrative), `b:<part>:<item>` (a part of a breakdown: women,
// men, own, private) and `m:<milestone>:<item>` (a milestone's state). Nothing is trusted: types, sizes and enumerations
// are checked here; who may report what is checked by the use cases.
import { z } from "zod";
import { DomainError } from "../errors";
import { activityStates } from "../plan/plan-schema";
import { partIds, type PartId } from "../plan/breakdown";
import type { Answer } from "./report-model";

/** Far above what a card's inputs allow: anything longer is not a person typing. */
const MAX_RAW_STRING = 50_000;
const MAX_KEYS = 2_000;

const id = z.string().trim().min(1).max(200);
const page = z.int().min(0).max(10_000);

export const reportOpenSchema = z.object({
  planId: id,
  periodId: id,
  unitId: id.optional(),
});

export type ReportOpenRequest = z.output<typeof reportOpenSchema>;

const cardFields = z.object({
  planId: id,
  periodId: id,
  unitId: id,
  version: z.int().min(0),
  page: page.default(0),
  /** Navigation: the page to show next. */
  target: page.optional(),
});

const FIELD_OF = new Map<string, keyof Answer>([
  ["v", "value"],
  ["s", "state"],
  ["c", "comment"],
  ["t", "text"],
]);
const INPUT_KEY = /^([vsct]):(.+)$/;
const PART_KEY = /^b:([a-z]+):(.+)$/;
const MILESTONE_KEY = /^m:([^:]+):(.+)$/;
const isPart = (text: string): text is PartId => (partIds as readonly string[]).includes(text);
const stateSchema = z.union([z.literal(""), z.enum(activityStates)]);

export interface ReportSubmission {
  planId: string;
  periodId: string;
  unitId: string;
  /** The report version the card showed. */
  baseVersion: number;
  page: number;
  target?: number;
  /** The card's inputs by item id. */
  answers: Map<string, Answer>;
}

export function parseOpenRequest(data: unknown): ReportOpenRequest {
  const parsed = reportOpenSchema.safeParse(data);
  if (!parsed.success) throw unreadable(parsed.error.issues);
  return parsed.data;
}

export function parseSubmission(data: unknown): ReportSubmission {
  const parsed = cardFields.safeParse(data);
  if (!parsed.success || typeof data !== "object" || data === null) {
    throw unreadable(parsed.success ? [] : parsed.error.issues);
  }
  const entries = Object.entries(data);
  if (entries.length > MAX_KEYS) throw unreadable([{ message: `${entries.length} keys` }]);
  const answers = new Map<string, Answer>();
  for (const [key, value] of entries) {
    if (nestedAnswer(answers, key, value)) continue;
    const match = INPUT_KEY.exec(key);
    const field = FIELD_OF.get(match?.[1] ?? "");
    const itemId = match?.[2];
    if (!field || !itemId) continue; // the card's own fields, or what a client adds
    if (typeof value !== "string" || value.length > MAX_RAW_STRING) {
      throw unreadable([{ message: `${key} is not text`, path: [key] }]);
    }
    if (field === "state" && !stateSchema.safeParse(value.trim()).success) {
      throw unreadable([{ message: `${key} is not an activity state`, path: [key] }]);
    }
    answers.set(itemId, { ...answers.get(itemId), [field]: typedText(value) });
  }
  const { planId, periodId, unitId, version, page: shown, target } = parsed.data;
  return { planId, periodId, unitId, baseVersion: version, page: shown, target, answers };
}

/** A part's value or a milestone's state, put into its item's answer; false for other keys. */
function nestedAnswer(answers: Map<string, Answer>, key: string, value: unknown): boolean {
  const part = PART_KEY.exec(key);
  const milestone = MILESTONE_KEY.exec(key);
  if (!part && !milestone) return false;
  if (typeof value !== "string" || value.length > MAX_RAW_STRING) {
    throw unreadable([{ message: `${key} is not text`, path: [key] }]);
  }
  if (part?.[1] && part[2]) {
    const [, partId, itemId] = part;
    if (!isPart(partId)) throw unreadable([{ message: `${key} is no part`, path: [key] }]);
    const answer = answers.get(itemId) ?? {};
    answers.set(itemId, { ...answer, parts: { ...answer.parts, [partId]: typedText(value) } });
    return true;
  }
  const [, milestoneKey, itemId] = milestone ?? [];
  if (!milestoneKey || !itemId) return false;
  if (!stateSchema.safeParse(value.trim()).success) {
    throw unreadable([{ message: `${key} is not an activity state`, path: [key] }]);
  }
  const answer = answers.get(itemId) ?? {};
  answers.set(itemId, {
    ...answer,
    milestones: { ...answer.milestones, [milestoneKey]: value.trim() },
  });
  return true;
}

/**
 * What a person can type: every kind of line break as \n, and no control characters (NUL, ESC,
 * C1 …), which no keyboard sends and the storage's batches refuse, so a card cannot make a submit fail.
 */
function typedText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n")
      // eslint-disable-next-line no-control-regex -- control characters are what is removed here
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
  );
}

function unreadable(issues: unknown): DomainError {
  return new DomainError(
    "BAD_ARGUMENT",
    "Kortet skickade uppgifter som jag inte kan läsa, så inget sparades. Skriv rapportera för att öppna rapporten igen.",
    { issues },
  );
}
