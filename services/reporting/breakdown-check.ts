// Checks the parts of a breakdown against the total (kvinnor + män = totalt for counts; for shares the
// total lies between the parts) and reads them as numbers. Pure, like answer-check.ts: in a draft the
// errors are hints, at submit they block, beside the breakdown's fields, with the sums.
import { formatNumber } from "../rules";
import {
  partLabel,
  breakdownsOf,
  partsRule,
  type BreakdownKind,
  type PartId,
} from "../plan/breakdown";
import type { Indicator } from "../plan";
import type { Answer } from "./report-model";

export interface PartsCheck {
  /** One sentence per breakdown that does not hold. */
  errors: Partial<Record<BreakdownKind, string>>;
  /** The parts of every complete breakdown, as numbers. */
  parts?: Partial<Record<PartId, number>>;
}

/** Reads one written value as the indicator's value is read: a number, or what to write instead. */
export type ReadPart = (text: string) => number | boolean | string;

/** Sums are compared to a millionth: 6,5 + 3,2 is 9,7 to a person, not 9,700000000000001. */
const TOLERANCE = 1e-6;

export function checkParts(
  indicator: Indicator,
  answer: Answer,
  total: number | undefined,
  submit: boolean,
  read: ReadPart,
): PartsCheck {
  const errors: PartsCheck["errors"] = {};
  const parts: Partial<Record<PartId, number>> = {};
  const required = indicator.breakdown?.required ?? false;
  const unit = indicator.valueType === "percent" ? "\u00a0%" : "";
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  for (const { kind, parts: ids } of breakdownsOf(indicator)) {
    const written = ids.map((id) => ({ id, text: (answer.parts?.[id] ?? "").trim() }));
    const names = ids.map((id) => partLabel(id, "sv").toLocaleLowerCase("sv"));
    const filled = written.filter((part) => part.text !== "");
    if (filled.length === 0) {
      if (submit && required && (answer.value ?? "").trim() !== "")
        errors[kind] = `Fyll i ${names.join(" och ")}: uppdelningen krävs.`;
      continue;
    }
    const numbers: { id: PartId; value: number }[] = [];
    for (const part of filled) {
      const reading = read(part.text);
      if (typeof reading !== "number") {
        errors[kind] =
          `${partLabel(part.id, "sv")}: ${typeof reading === "string" ? reading : "skriv ett tal, t.ex. 12."}`;
        break;
      }
      numbers.push({ id: part.id, value: reading });
    }
    if (errors[kind]) continue;
    if (filled.length < ids.length) {
      if (submit) errors[kind] = `Fyll i både ${names.join(" och ")}, eller lämna alla tomma.`;
      continue;
    }
    if (total === undefined) {
      if (submit && (answer.value ?? "").trim() === "")
        errors[kind] = "Fyll i totalen också: delarna stäms av mot den.";
      continue;
    }
    const problem = partsProblem(indicator, numbers, total, shown);
    if (problem) {
      errors[kind] = problem;
      continue;
    }
    for (const { id, value } of numbers) parts[id] = value;
  }
  return Object.keys(parts).length > 0 ? { errors, parts } : { errors };
}

/** The sentence that says, with the sums, how the parts and the total disagree; undefined when they agree. */
function partsProblem(
  indicator: Indicator,
  parts: { id: PartId; value: number }[],
  total: number,
  shown: (n: number) => string,
): string | undefined {
  const named = parts.map(({ id, value }, i) => {
    const label = partLabel(id, "sv");
    return `${i === 0 ? label : label.toLocaleLowerCase("sv")} ${shown(value)}`;
  });
  if (partsRule(indicator) === "sum") {
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    if (Math.abs(sum - total) <= TOLERANCE * Math.max(1, Math.abs(total))) return undefined;
    return `${named.join(" + ")} = ${shown(sum)}, men totalt är ${shown(total)}. Delarna ska tillsammans bli totalen: rätta delarna eller totalen.`;
  }
  const values = parts.map((part) => part.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (total >= low - TOLERANCE && total <= high + TOLERANCE) return undefined;
  return `Totalt ${shown(total)} ligger inte mellan delarna (${named.join(", ")}). Värdet för alla ligger mellan delarnas värden: rätta delarna eller totalen.`;
}
