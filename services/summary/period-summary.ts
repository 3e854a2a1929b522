// What leadership reads about one period of a plan: statuses per goal area, goal and indicator,
// who has not reported, and what changed since the previous period. Built by build-summary.ts from
// the stored results; the card and the workbook only present it.
import type { Status } from "../rules";
import type { ActivityState } from "../plan";
import type { RollupMethod } from "./rollup";
import type { PartId } from "../plan/breakdown";

/** One stored result, as much of it as a summary needs. */
export interface ReportedResult {
  unitId: string;
  itemId: string;
  /** Indicators: the reported value. */
  value?: number | boolean | null;
  /** Indicators: the status judged when it was submitted (with the unit's type and baseline). */
  status?: Status;
  explanation?: string;
  /** Indicators with a breakdown: the parts reported (kvinnor, män, egen regi, privat utförare). */
  parts?: Partial<Record<PartId, number>>;
  /** Activities. */
  state?: ActivityState;
  /** Activities with milestones: each milestone's state, by milestone key. */
  milestoneStates?: Record<string, ActivityState>;
  /** Questions: the written answer. */
  answer?: string;
  comment?: string;
  by: string;
  at: string;
  /** The reporter role that reported it (HR …): it counts without the unit's own submit. */
  role?: string;
}

export interface PeriodResults {
  periodId: string;
  label: string;
  results: ReportedResult[];
}

export interface StatusCounts {
  green: number;
  yellow: number;
  red: number;
  /** Reported, but the plan has no rule for it (or no baseline yet). */
  notJudged: number;
  /** Due from a unit that has not submitted. */
  notReported: number;
}

export type Trend = "better" | "same" | "worse" | "unknown";

/** How the units' values were combined into the indicator's figure, and how many took part. */
export interface IndicatorRollup extends RollupMethod {
  /** Units whose values make the figure. */
  units: number;
  /** Units that owe a value for the period. */
  of: number;
  /** Units judged green, yellow or red, and of them green (what perUnit shows). */
  judged: number;
  green: number;
}

export interface UnitResult {
  unitId: string;
  unitName: string;
  status: Status | "notReported";
  value?: number | boolean | null;
  explanation?: string;
  comment?: string;
  /** Who reported it, when a reporter role did (HR …): the unit's own reporters did not. */
  reportedBy?: string;
  /** The parts of the value, when the indicator asks for a breakdown and the unit gave them. */
  parts?: Partial<Record<PartId, number>>;
  /** The target is the organisation's: the unit's value counts in the total, with no colour of its own. */
  inTotal?: boolean;
}

export interface IndicatorSummary {
  id: string;
  name: string;
  unitOfMeasure?: string;
  target?: string;
  rollup: IndicatorRollup;
  /** The organisation's figure (sum, mean or weighted mean), or for perUnit the share (0–100) of judged units that are green. */
  aggregate?: number;
  /** The indicator's status: the plan's rule on the figure, or the weakest unit (see docs/summary.md). */
  status: Status | "notReported";
  explanation: string;
  counts: StatusCounts;
  units: UnitResult[];
  /** A target for the organisation: the total's status in the previous period, for what changed. */
  previousStatus?: Status | "notReported";
  trendPrevious: Trend;
  trendLastYear: Trend;
  /** Counts with a breakdown: the units' parts added up, per breakdown (parts-rollup.ts). */
  partsTotals?: { parts: Partial<Record<PartId, number>>; units: number }[];
}

export interface ActivitySummary {
  counts: Record<ActivityState | "notReported", number>;
  delayed: { itemId: string; name: string; unitName: string; comment?: string }[];
  /** Milestones due in the period that a unit that reported did not mark done. */
  missedMilestones: MissedMilestone[];
}

export interface MissedMilestone {
  itemId: string;
  /** The activity's name. */
  name: string;
  unitId: string;
  unitName: string;
  /** The milestone as the plan writes it, and the period it was due in (none: by year-end). */
  text: string;
  period?: string;
  /** What the unit reported for it; undefined when it gave no state. */
  state?: ActivityState;
}

export interface NarrativeSummary {
  itemId: string;
  text: string;
  answers: { unitId: string; unitName: string; by: string; answer: string }[];
  missing: number;
}

export interface GoalSummary {
  id: string;
  name: string;
  counts: StatusCounts;
  indicators: IndicatorSummary[];
  activities: ActivitySummary;
  narratives: NarrativeSummary[];
}

export interface AreaSummary {
  id: string;
  name: string;
  counts: StatusCounts;
  goals: GoalSummary[];
}

export interface StatusChange {
  indicatorId: string;
  indicatorName: string;
  unitId: string;
  unitName: string;
  before: Status | "notReported";
  after: Status | "notReported";
}

export interface PeriodSummary {
  planId: string;
  planName: string;
  periodId: string;
  periodLabel: string;
  previousLabel?: string;
  totals: StatusCounts;
  /** Units that owe a report for the period and have not submitted, with who reports for them. */
  missingUnits: { unitId: string; name: string; reporters: string[] }[];
  /** Reporter roles (HR …) that owe a report for the period and have not submitted. */
  missingRoles: { roleId: string; name: string; people: string[]; units: number }[];
  reportedUnits: number;
  expectedUnits: number;
  /** New reds first, then other changes that got worse, then those that got better. */
  changes: { newReds: StatusChange[]; worse: StatusChange[]; better: StatusChange[] };
  areas: AreaSummary[];
}

export function emptyCounts(): StatusCounts {
  return { green: 0, yellow: 0, red: 0, notJudged: 0, notReported: 0 };
}

export function addCounts(into: StatusCounts, from: StatusCounts): StatusCounts {
  into.green += from.green;
  into.yellow += from.yellow;
  into.red += from.red;
  into.notJudged += from.notJudged;
  into.notReported += from.notReported;
  return into;
}

export function countStatus(counts: StatusCounts, status: Status | "notReported"): void {
  if (status === "none") counts.notJudged += 1;
  else counts[status] += 1;
}
