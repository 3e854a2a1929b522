// The words of reporting: what a person answers for one item, the result stored for a period, unit
// and item, and the state of one unit's report for one period (its version, who sent it, when).
import type { ActivityState, ItemKind } from "../plan";
import type { Status } from "../rules";

/** Longest value a person may write for an indicator (the input allows this many characters). */
export const MAX_VALUE_LENGTH = 100;
/** Longest comment or narrative answer. */
export const MAX_TEXT_LENGTH = 4000;

/** What a person typed or chose for one item, as the card's inputs send it: text. */
export interface Answer {
  /** Indicator: the value as written ("6,5", "12 559", "ja"). */
  value?: string;
  /** Activity: its state (`notStarted`, `inProgress`, `done`, `delayed`, `cancelled`). */
  state?: string;
  /** Indicator or activity: a comment (the reason and the planned action when red). */
  comment?: string;
  /** Question: the narrative answer. */
  text?: string;
}

/** Answers by item id. */
export type Answers = ReadonlyMap<string, Answer>;

/** What was submitted for one item of one unit in one period. */
export interface Result {
  planId: string;
  periodId: string;
  unitId: string;
  itemId: string;
  kind: ItemKind;
  /** Indicator: the value as written, trimmed; "" when nothing was reported. */
  value: string;
  /** Indicator: the value read as a number (per cent without the sign). */
  number?: number;
  /** Indicator with a yes/no value: the answer. */
  yes?: boolean;
  /** Indicator: the judgement with the plan's rule; `none` for activities and questions. */
  status: Status;
  explanation: string;
  activityState?: ActivityState;
  comment: string;
  /** Question: the narrative answer. */
  text: string;
  /** UPN or e-mail of who submitted it, and their name. */
  by: string;
  byName: string;
  /** When it was submitted, ISO instant. */
  at: string;
  /** The report version in which this answer was last changed. */
  version: number;
  /** Set when a reporter role submitted it (its id): the version is then the role report's. */
  role?: string;
}

/** One unit's report for one period: a version that every submit raises. */
export interface UnitReport {
  unitId: string;
  /** 0 until the first submit. */
  version: number;
  submittedAt?: string;
  submittedBy?: string;
  submittedByName?: string;
  /** After the deadline, an admin may reopen the report until this instant. */
  reopenedUntil?: string;
  reopenedBy?: string;
  /** The storage ETag the next write must match; absent when the row does not exist yet. */
  etag?: string;
}

/** A saved draft answer: kept apart from results, valid only for the version it was based on. */
export interface DraftAnswer {
  itemId: string;
  answer: Answer;
  baseVersion: number;
  savedBy: string;
  savedByName: string;
  savedAt: string;
}

/** One row of a unit's history: a submit, or one answer's change in it. */
export interface HistoryEntry {
  unitId: string;
  /** The item changed, or `~submit` for the submit itself. */
  itemId: string;
  version: number;
  action: "report.submit" | "result.change";
  by: string;
  at: string;
  before: unknown;
  after: unknown;
}

/** Who acts on a report. */
export interface Reporter {
  /** UPN or e-mail, lower case (what plans name people by); else the Entra object id. */
  id: string;
  name: string;
  /** Every identifier the person may be named by in a plan, lower case. */
  identifiers: string[];
  isAdmin: boolean;
}

/** How an activity's state is named where people see it. */
export const ACTIVITY_STATE_LABEL: Record<ActivityState, { sv: string; en: string }> = {
  notStarted: { sv: "Ej påbörjad", en: "Not started" },
  inProgress: { sv: "Pågår", en: "In progress" },
  done: { sv: "Klar", en: "Done" },
  delayed: { sv: "Försenad", en: "Delayed" },
  cancelled: { sv: "Avbruten", en: "Cancelled" },
};
