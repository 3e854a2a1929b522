// What checking one answer gives back (answer-check.ts), in its own module so that the check of
// each kind of answer and the report's view share the types without importing each other.
import type { PartId } from "../plan/breakdown";
import type { Judgement } from "../rules";
import type { ComparisonContext } from "./comparison-baseline";
import type { Answer } from "./report-model";

/** A draft shows errors as hints and requires nothing; a submit is blocked by every error. */
export type CheckMode = "draft" | "submit";

/** What the check knows beside the answer: the unit's type and the value to compare with. */
export type AnswerContext = { unitType?: string } & ComparisonContext;

export interface FieldErrors {
  value?: string;
  state?: string;
  comment?: string;
  text?: string;
  /** Breakdowns whose parts do not hold against the total (breakdown-check.ts). */
  sex?: string;
  provider?: string;
  /** Milestones due in the period without a state. */
  milestones?: string;
}

export interface CheckedAnswer {
  itemId: string;
  /** Trimmed; what the card shows again. */
  answer: Answer;
  errors: FieldErrors;
  /** Indicator whose value could be read: its status and why. */
  judgement?: Judgement;
  number?: number;
  yes?: boolean;
  /** Indicator with a breakdown: the parts of every complete breakdown that holds. */
  parts?: Partial<Record<PartId, number>>;
}
