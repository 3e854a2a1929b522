// The checks of how an indicator's units combine: a weighted roll-up names a weight every reporting
// unit has, and a target for the organisation has one figure to be judged on.
import { parseStatusRule } from "../rules";
import type { Indicator, Plan, Unit } from "./plan-schema";
import { rollupMethod } from "./rollup-method";
import { reportingUnitIds } from "./plan-items";
import type { PlanPath, Report } from "./plan-problem";

export function checkRollups(plan: Plan, report: Report): void {
  const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
  plan.goalAreas.forEach((area, a) =>
    area.goals.forEach((goal, g) =>
      goal.indicators.forEach((indicator, i) => {
        const path: PlanPath = ["goalAreas", a, "goals", g, "indicators", i];
        if (indicator.aggregation === "weighted" && !indicator.weight) {
          report(
            [...path, "weight"],
            "Sammanvägningen weighted behöver en vikt: ange weight, t.ex. weight: anställda, och enheternas weights.",
          );
        }
        if (indicator.weight) {
          const lacking = reportingUnitIds(plan, indicator)
            .map((id) => unitsById.get(id))
            .filter(
              (unit): unit is Unit =>
                unit !== undefined && unit.weights?.[indicator.weight ?? ""] === undefined,
            );
          if (lacking.length > 0) {
            const names = lacking.slice(0, 5).map((unit) => `${unit.name} (${unit.id})`);
            const more = lacking.length > 5 ? ` och ${lacking.length - 5} till` : "";
            report(
              [...path, "weight"],
              `Vikten ”${indicator.weight}” saknas för ${names.join(", ")}${more}. ` +
                `Ange den under enhetens weights, t.ex. weights: { ${indicator.weight}: 42 }.`,
            );
          }
        }
        if (indicator.targetFor === "organisation")
          checkOrganisationTarget(indicator, path, report);
      }),
    ),
  );
}

function checkOrganisationTarget(indicator: Indicator, path: PlanPath, report: Report): void {
  const perUnit = rollupMethod(indicator).kind === "perUnit";
  if (perUnit) {
    report(
      [...path, "targetFor"],
      "Ett mål för hela organisationen bedöms på ett värde för hela organisationen: ange aggregation sum, mean eller weighted (med weight).",
    );
    return;
  }
  let kind: string;
  try {
    kind = parseStatusRule(indicator.rule ?? indicator.target ?? "").kind;
  } catch {
    return; // the rule's own check reports it
  }
  if (kind === "perUnitType" || kind === "yesNo") {
    report(
      [...path, "targetFor"],
      "Regeln gäller varje enhet för sig (per enhetstyp eller ja/nej) och kan inte bedöma hela organisationens värde. Ta bort targetFor: organisation.",
    );
  }
}
