// What evaluation accepts as a value and a baseline: numbers, yes/no, or text read with
// parseValue. Blank and "-" mean nothing was reported, as in the plans' own result columns.
import { formatNumber } from "./format-number";
import { parseValue } from "./parse-value";
import { quote, valueUnreadable } from "./rule-errors";
import type { StatusRule } from "./status-rule";

export type Reported = number | boolean;

export function readReported(
  value: number | boolean | string | null | undefined,
): Reported | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return /^\s*-?\s*$/.test(value) ? undefined : parseValue(value);
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw valueUnreadable(
      `Värdet ${String(value)} är inget tal. Rapportera ett tal, t.ex. 6,5.`,
      value,
    );
  }
  return value;
}

function shown(value: Reported): string {
  return typeof value === "boolean" ? (value ? "ja" : "nej") : formatNumber(value);
}

export function requireNumber(rule: StatusRule, value: Reported): number {
  if (typeof value === "number") return value;
  throw valueUnreadable(
    `Regeln ${quote(rule.text.trim())} bedömer ett tal, men värdet är ${shown(value)}. Rapportera ett tal, t.ex. 6,5.`,
    value,
  );
}

export function requireAnswer(rule: StatusRule, value: Reported): boolean {
  if (typeof value === "boolean") return value;
  throw valueUnreadable(
    `Regeln ${quote(rule.text.trim())} bedömer ja eller nej, men värdet är ${shown(value)}. Rapportera ja eller nej.`,
    value,
  );
}

/** The baseline as a number; undefined when there is none, which leaves a change unjudged. */
export function readBaseline(baseline: number | boolean | null | undefined): number | undefined {
  if (baseline === null || baseline === undefined) return undefined;
  if (typeof baseline === "number" && Number.isFinite(baseline)) return baseline;
  throw valueUnreadable(
    `Jämförelsevärdet ${shown(baseline)} är inget tal. Ange jämförelsevärdet som ett tal, t.ex. 100.`,
    baseline,
  );
}
