// The one short Swedish sentence that comes with every judgement, written so that a person can
// check it against the rule: the value, the bound it was compared with, and the outcome.
import { formatNumber, formatPercent } from "./format-number";
import { quote } from "./rule-errors";
import type { Comparator, Direction, Measure, NoRule } from "./status-rule";

type Judged = "green" | "yellow" | "red";
type Change = Exclude<Measure, "value">;

export const NO_VALUE = "Inget värde är rapporterat, så det bedöms inte.";
export const NO_BASELINE = "Jämförelsevärde saknas, så förändringen kan inte bedömas.";
export const ZERO_BASELINE = "Jämförelsevärdet är 0, så en förändring i procent kan inte räknas.";

export function show(n: number, unit?: "%"): string {
  return unit === "%" ? formatPercent(n) : formatNumber(n);
}

export function explainNoRule(rule: NoRule): string {
  if (rule.reason === "notDecided")
    return `Regeln är inte bestämd än (${quote(rule.text.trim())}), så värdet bedöms inte.`;
  if (rule.reason === "notMeasurable") {
    return `Målet ${quote(rule.text.trim())} har inga gränser att räkna med, så värdet bedöms inte.`;
  }
  return "Indikatorn har ingen regel för status, så värdet bedöms inte.";
}

/** "6,8 ligger över gränsen för grönt (6,5) men inom gult (7)." */
export function explainLevel(
  subject: string,
  status: Judged,
  direction: Direction,
  green: string,
  yellow: string | undefined,
): string {
  const beyond = direction === "higher" ? "under" : "över";
  if (status === "green") {
    return `${subject} ligger ${direction === "higher" ? "på eller över" : "på eller under"} gränsen för grönt (${green}).`;
  }
  if (status === "yellow")
    return `${subject} ligger ${beyond} gränsen för grönt (${green}) men inom gult (${yellow}).`;
  return yellow === undefined
    ? `${subject} ligger ${beyond} gränsen för grönt (${green}).`
    : `${subject} ligger ${beyond} gränsen för gult (${yellow}).`;
}

/**
 * Few decimals, but never so few that the shown figure lands on a bound the real one missed
 * (9,96 % must not read "10 %" next to a bound of 10 %).
 */
function roundForDisplay(x: number, bounds: number[]): number {
  for (let decimals = 1; decimals < 6; decimals += 1) {
    const shown = Number(x.toFixed(decimals));
    if (bounds.every((bound) => Math.sign(shown - bound) === Math.sign(x - bound))) return shown;
  }
  return x;
}

/** "112 är 12 % högre än jämförelsevärdet 100" */
export function describeChange(
  value: number,
  baseline: number,
  change: number,
  measure: Change,
  bounds: number[],
): string {
  if (change === 0)
    return `${formatNumber(value)} är lika med jämförelsevärdet ${formatNumber(baseline)}`;
  const size = Math.abs(roundForDisplay(change, bounds));
  const amount = measure === "relativeChange" ? formatPercent(size) : formatNumber(size);
  return `${formatNumber(value)} är ${amount} ${change > 0 ? "högre" : "lägre"} än jämförelsevärdet ${formatNumber(baseline)}`;
}

/** "ökning med minst 10 %", "minskning med minst 5", "ökning med högst 2 %". */
export function describeChangeBound(amount: number, direction: Direction, measure: Change): string {
  if (amount === 0) return direction === "higher" ? "ingen minskning" : "ingen ökning";
  const size =
    measure === "relativeChange" ? formatPercent(Math.abs(amount)) : formatNumber(Math.abs(amount));
  const limit = amount > 0 === (direction === "higher") ? "minst" : "högst";
  return `${amount > 0 ? "ökning" : "minskning"} med ${limit} ${size}`;
}

export function explainChangeThresholds(
  subject: string,
  status: Judged,
  green: string,
  yellow: string | undefined,
): string {
  if (status === "green") return `${subject}, vilket når gränsen för grönt (${green}).`;
  if (status === "yellow")
    return `${subject}, vilket når gult (${yellow}) men inte grönt (${green}).`;
  return yellow === undefined
    ? `${subject}, vilket inte når grönt (${green}).`
    : `${subject}, vilket inte når gult (${yellow}).`;
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  ">=": "minst",
  ">": "mer än",
  "<=": "högst",
  "<": "mindre än",
};

/** "minst 70 %", "mindre än 18" */
export function describeComparison(comparator: Comparator, threshold: number, unit?: "%"): string {
  return `${COMPARATOR_WORDS[comparator]} ${show(threshold, unit)}`;
}

/** "72 % uppfyller målet (minst 70 %)." or, after a change, "…, vilket uppfyller målet (…)." */
export function explainMet(
  subject: string,
  met: boolean,
  goal: string,
  afterChange: boolean,
): string {
  // Swedish puts "inte" before the verb in a subordinate clause: "vilket inte uppfyller".
  if (afterChange) return `${subject}, vilket ${met ? "" : "inte "}uppfyller målet (${goal}).`;
  return `${subject} uppfyller ${met ? "" : "inte "}målet (${goal}).`;
}

export function explainDirection(
  value: number,
  baseline: number,
  goal: "öka" | "minska" | "bibehålla",
  better?: Direction,
): string {
  const relation = value > baseline ? "högre än" : value < baseline ? "lägre än" : "lika med";
  const aim = better ? `${goal} (${better === "higher" ? "högre" : "lägre"} är bättre)` : goal;
  return `${formatNumber(value)} är ${relation} jämförelsevärdet ${formatNumber(baseline)}, och målet är att ${aim}.`;
}

export function explainYesNo(answer: boolean, greenAnswer: boolean): string {
  const said = answer ? "ja" : "nej";
  return answer === greenAnswer
    ? `Svaret är ${said}, vilket ger grönt.`
    : `Svaret är ${said}, men grönt kräver ${greenAnswer ? "ja" : "nej"}.`;
}

/** "Placeringen 40 % ligger utanför de 25 % bästa men inom de 50 % bästa." */
export function explainRanking(
  rank: number,
  status: Judged,
  green: number,
  yellow: number,
): string {
  const subject = `Placeringen ${formatPercent(rank)}`;
  if (status === "green") return `${subject} ligger bland de ${formatPercent(green)} bästa.`;
  if (status === "yellow") {
    return `${subject} ligger utanför de ${formatPercent(green)} bästa men inom de ${formatPercent(yellow)} bästa.`;
  }
  return `${subject} ligger utanför de ${formatPercent(yellow)} bästa.`;
}
