// The typed form of a status rule: what the plan's text ("Grön 82 Gul 76", ">/=70%", "Öka") says
// about turning a reported value into green, yellow or red. Parsing makes these; evaluating reads them.

export type Status = "green" | "yellow" | "red" | "none";

/** Which way an indicator improves. */
export type Direction = "higher" | "lower";

/**
 * What a threshold is compared with: the value itself, or its change from the baseline, in per
 * cent of the baseline (`Öka med 10%`) or in the value's own unit (`Öka med minst 1000`).
 */
export type Measure = "value" | "relativeChange" | "absoluteChange";

/** Comparisons as the plans write them (`>/=`, `≥`, `>=` all become `>=`). */
export type Comparator = ">" | ">=" | "<" | "<=";

interface RuleBase {
  /** The text exactly as it was given. */
  text: string;
}

/** Words around the thresholds that say what is measured ("av enheternas mål uppnådda"). */
interface Qualified {
  qualifier?: string;
}

/** Empty, `-`, `?`, `Inte klart än`, `Enligt budget`: nothing to judge by. */
export interface NoRule extends RuleBase {
  kind: "none";
  reason: "empty" | "notDecided" | "notMeasurable";
}

/** `Grön 82 Gul 76`, `Grön 6,5 Gul 7`, `Grön Öka med 10% Gul öka med 5%`. */
export interface ThresholdsRule extends RuleBase, Qualified {
  kind: "thresholds";
  measure: Measure;
  direction: Direction;
  /** Inclusive: at or beyond it (in `direction`) is green. */
  green: number;
  /** Inclusive: at or beyond it is yellow. Equal to `green` when there is no yellow band. */
  yellow: number;
  /** `%` when the thresholds were written with a per cent sign. */
  unit?: "%";
  /** Words before `Grön` ("Andel positiva svar"). */
  label?: string;
}

/** `Grön Ja Röd Nej`. */
export interface YesNoRule extends RuleBase {
  kind: "yesNo";
  /** The answer that is green; the other one is red. */
  greenAnswer: boolean;
  label?: string;
}

export interface UnitTypeThreshold {
  /** Canonical name, e.g. `HTJ`, `SÄBO`. */
  unitType: string;
  green: number;
  yellow: number;
}

/** `Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7`. */
export interface PerUnitTypeRule extends RuleBase {
  kind: "perUnitType";
  direction: Direction;
  thresholds: UnitTypeThreshold[];
  label?: string;
}

/**
 * `Grön 25% bästa Gul 26-50% bästa`: the value is the rank percentile among comparable
 * municipalities, 1 = best, so lower is better.
 */
export interface RankingRule extends RuleBase, Qualified {
  kind: "ranking";
  /** Green at or below this percentile. */
  green: number;
  /** Yellow at or below this percentile. */
  yellow: number;
  label?: string;
}

/** `>/=70%`, `< 18 månader`, and single-threshold changes (`Öka med 10% jämfört med fg år`). */
export interface ComparisonRule extends RuleBase, Qualified {
  kind: "comparison";
  measure: Measure;
  comparator: Comparator;
  threshold: number;
  unit?: "%";
}

/** `95%`, `15 763`: met at or above it, or at or below it when lower is better. */
export interface TargetRule extends RuleBase, Qualified {
  kind: "target";
  target: number;
  unit?: "%";
}

/** `Öka`, `Minska`, `Bibehåll`: judged against the baseline. */
export interface DirectionRule extends RuleBase, Qualified {
  kind: "direction";
  goal: "increase" | "decrease" | "maintain";
}

export type StatusRule =
  | NoRule
  | ThresholdsRule
  | YesNoRule
  | PerUnitTypeRule
  | RankingRule
  | ComparisonRule
  | TargetRule
  | DirectionRule;

export interface RuleContext {
  /** The earlier value a change is measured against; missing means a change is not judged. */
  baseline?: number | boolean | null;
  /** For rules with thresholds per unit type, e.g. `SÄBO` or `hemtjänst`. */
  unitType?: string;
  /** The indicator's direction, used only when the rule's text does not tell it. */
  direction?: Direction;
}

export interface Judgement {
  status: Status;
  /** One short Swedish sentence a person can check against the rule. */
  explanation: string;
}
