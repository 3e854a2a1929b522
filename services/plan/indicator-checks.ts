// The checks of an indicator's rule: that it parses, that an explicit direction agrees with it,
// and that a rule with thresholds per unit type fits the units that report the indicator.
import { parseStatusRule, ruleDirection, ruleUnitTypes, type StatusRule } from "../rules";
import { isDomainError } from "../errors";
import type { Indicator, Plan, Unit } from "./plan-schema";
import { reportingUnitIds } from "./plan-items";
import { possibleRange } from "./value-range";
import type { PlanPath, Report } from "./plan-problem";

export function checkIndicators(plan: Plan, report: Report): void {
  const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
  const planTypes = new Set(
    plan.units.map((unit) => normaliseType(unit.type)).filter((t) => t !== ""),
  );
  plan.goalAreas.forEach((area, a) =>
    area.goals.forEach((goal, g) =>
      goal.indicators.forEach((indicator, i) => {
        const path: PlanPath = ["goalAreas", a, "goals", g, "indicators", i];
        checkRange(indicator, path, report);
        if (indicator.breakdown && indicator.valueType === "yesno") {
          report(
            [...path, "breakdown"],
            "Ett ja/nej-svar kan inte delas upp i kvinnor/män eller utförare. Ta bort uppdelningen eller byt värdetyp.",
          );
        }
        if (indicator.rule === undefined) return;
        let rule: StatusRule;
        try {
          rule = parseStatusRule(indicator.rule);
        } catch (error) {
          if (!isDomainError(error, "RULE_UNREADABLE")) throw error;
          report([...path, "rule"], error.message);
          return;
        }
        const direction = ruleDirection(rule);
        if (indicator.direction && direction && indicator.direction !== direction) {
          report(
            [...path, "direction"],
            `Riktningen ${directionText(indicator.direction)} motsäger regeln, där ${directionText(direction)} är bättre.`,
          );
        }
        checkUnitTypes(plan, indicator, rule, unitsById, planTypes, [...path, "rule"], report);
      }),
    ),
  );
}

function checkRange(indicator: Indicator, path: PlanPath, report: Report): void {
  const { min, max } = possibleRange(indicator);
  if (min !== undefined && max !== undefined && min > max) {
    report(
      [...path, indicator.max === undefined ? "min" : "max"],
      `Lägsta möjliga värde (${min}) är större än högsta (${max}). Rätta min eller max.`,
    );
  }
}

function directionText(direction: "higher" | "lower"): string {
  return direction === "higher" ? "högre" : "lägre";
}

function normaliseType(type: string | undefined): string {
  return (type ?? "").trim().toLocaleUpperCase("sv");
}

function checkUnitTypes(
  plan: Plan,
  indicator: Indicator,
  rule: StatusRule,
  unitsById: Map<string, Unit>,
  planTypes: Set<string>,
  path: PlanPath,
  report: Report,
): void {
  const ruleTypes = ruleUnitTypes(rule);
  if (ruleTypes.length === 0) return;
  const named = new Set(ruleTypes.map(normaliseType));
  for (const type of ruleTypes) {
    if (!planTypes.has(normaliseType(type))) {
      report(path, `Regeln nämner enhetstypen ”${type}”, men ingen enhet i planen har den typen.`);
    }
  }
  const misfits = reportingUnitIds(plan, indicator)
    .map((id) => unitsById.get(id))
    .filter((unit): unit is Unit => unit !== undefined && !named.has(normaliseType(unit.type)));
  if (misfits.length > 0) {
    const shown = misfits
      .slice(0, 5)
      .map((unit) => `${unit.name} (${unit.id}, ${unit.type ? `typ ${unit.type}` : "ingen typ"})`);
    const more = misfits.length > 5 ? ` och ${misfits.length - 5} till` : "";
    report(
      path,
      `Regeln gäller enhetstyperna ${ruleTypes.join(", ")}, men ${misfits.length === 1 ? "enheten" : "enheterna"} ` +
        `${shown.join(", ")}${more} rapporterar indikatorn utan att ha någon av dem. ` +
        "Ange rätt enhetstyp, eller begränsa rapporterande enheter.",
    );
  }
}
