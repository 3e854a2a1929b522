// An admin fills a gap in chat: `jämförelsevärde <indikator> [enhet] <värde> [år]`. The value is
// kept as the admin's (it wins over the plan's, last year's and Kolada's), with who and when, and
// the change is written to the audit log.
import type { AuditLog } from "../audit/audit-log";
import { DomainError, isDomainError } from "../errors";
import { planItems, type Indicator, type Plan, type Unit } from "../plan";
import { formatNumber, parseValue } from "../rules";
import type { TableStore } from "../storage/tables";
import { comparisonPeriodPattern } from "../plan/comparison-fields";
import type { ComparisonValue } from "./comparison-value";
import { readComparison, saveComparisons } from "./comparison-store";
import { slotLabel } from "./period-slot";

export const SET_COMPARISON_USAGE =
  "Skriv t.ex. `jämförelsevärde sjukfranvaro htj-norsjo 6,7 2024`: indikatorns id, enheten (id eller namn, utelämnas för hela organisationen), värdet och året (2024, eller 2024-Q1, 2024-T1, 2024-M03 för en del av året).";

export interface ComparisonChange {
  indicator: Pick<Indicator, "id" | "name">;
  unit?: Pick<Unit, "id" | "name">;
  /** "helår 2024", "kvartal 1 2024". */
  periodText: string;
  before?: string;
  after: string;
}

export async function setComparison(
  deps: { store: TableStore; audit: AuditLog; now: () => Date },
  plan: Plan,
  args: string,
  actor: string,
): Promise<ComparisonChange> {
  const tokens = args.split(" ").filter((token) => token !== "");
  const [indicatorId, ...rest] = tokens;
  const indicator = planItems(plan).find(
    (item): item is Extract<typeof item, { kind: "indicator" }> =>
      item.kind === "indicator" && item.id.toLowerCase() === indicatorId?.toLowerCase(),
  );
  if (!indicatorId || !indicator) {
    const what = indicatorId ? `Indikatorn ”${indicatorId}” finns inte i planen ${plan.id}. ` : "";
    throw new DomainError("BAD_ARGUMENT", `${what}${SET_COMPARISON_USAGE}`);
  }
  const when = readWhen(rest[rest.length - 1], plan.year);
  if (when.given) rest.pop();
  const valueText = rest.pop();
  const value = readValue(indicator, valueText);
  const unit = readUnit(plan, rest.join(" "));
  const at = deps.now().toISOString();
  const next: ComparisonValue = {
    indicatorId: indicator.id,
    unitId: unit?.id,
    year: when.year,
    period: when.period,
    value,
    label: `utfall ${when.period === "year" ? when.year : slotLabel(when.period, when.year)}`,
    origin: { kind: "admin", by: actor, at },
  };
  const before = await readComparison(deps.store, plan.id, next);
  await saveComparisons(deps.store, plan.id, [next]);
  await deps.audit.record({
    scope: plan.id,
    actor,
    action: "comparison.set",
    before,
    after: next,
  });
  return {
    indicator: { id: indicator.id, name: indicator.name },
    unit: unit && { id: unit.id, name: unit.name },
    periodText: slotLabel(when.period, when.year),
    before: before && shown(before.value),
    after: shown(value),
  };
}

function readWhen(
  token: string | undefined,
  planYear: number,
): { year: number; period: string; given: boolean } {
  const match = /^(\d{4})(?:-(.+))?$/.exec(token ?? "");
  if (!match?.[1]) return { year: planYear - 1, period: "year", given: false };
  const given = (match[2] ?? "").toLocaleUpperCase("sv-SE");
  const period = given === "" || given === "HELÅR" ? "year" : given === "DELÅR" ? "interim" : given;
  if (!comparisonPeriodPattern.test(period)) {
    throw new DomainError("BAD_ARGUMENT", `”${token}” är ingen period. ${SET_COMPARISON_USAGE}`);
  }
  return { year: Number(match[1]), period, given: true };
}

function readValue(indicator: Indicator, text: string | undefined): number | boolean {
  if (!text) throw new DomainError("BAD_ARGUMENT", `Värdet saknas. ${SET_COMPARISON_USAGE}`);
  try {
    const value = parseValue(text);
    if ((indicator.valueType === "yesno") !== (typeof value === "boolean")) {
      throw new DomainError(
        "BAD_ARGUMENT",
        indicator.valueType === "yesno"
          ? `${indicator.name} besvaras med ja eller nej: skriv ja eller nej.`
          : `${indicator.name} är ett tal: skriv t.ex. 6,7.`,
      );
    }
    return value;
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    throw new DomainError("BAD_ARGUMENT", `${error.message} ${SET_COMPARISON_USAGE}`);
  }
}

function readUnit(plan: Plan, text: string): Unit | undefined {
  if (text === "") return undefined;
  const wanted = text.toLocaleLowerCase("sv-SE");
  const unit = plan.units.find(
    (u) =>
      u.id.toLocaleLowerCase("sv-SE") === wanted || u.name.toLocaleLowerCase("sv-SE") === wanted,
  );
  if (!unit) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Enheten ”${text}” finns inte i planen. Skriv enhetens id eller namn, t.ex. ${plan.units[0]?.id ?? ""}. ${SET_COMPARISON_USAGE}`,
    );
  }
  return unit;
}

function shown(value: number | boolean): string {
  return typeof value === "boolean" ? (value ? "ja" : "nej") : formatNumber(value);
}
