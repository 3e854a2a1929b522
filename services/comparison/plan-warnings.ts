// Warnings, not errors, about what a plan leaves unjudged: a direction or change rule with no
// comparison value for a period, and a `Bibehåll` or a bare target that does not say whether
// higher or lower is better (the bot would otherwise take higher as better: a guess).
import { resolvePeriods } from "../calendar";
import { planItems, reportingPeriods, reportingUnitIds, type Plan } from "../plan";
import { ruleNeedsBaseline } from "../rules";
import { planComparisons, type ComparisonValue } from "./comparison-value";
import { findComparison } from "./find-comparison";
import { ruleOf } from "./indicator-rule";

export function planWarnings(plan: Plan, stored: readonly ComparisonValue[] = []): string[] {
  const warnings: string[] = [];
  const values = [...planComparisons(plan), ...stored];
  const periods = new Map(
    resolvePeriods({ planId: plan.id, year: plan.year, definitions: plan.periods }).map((p) => [
      p.id,
      p,
    ]),
  );
  const units = new Map(plan.units.map((unit) => [unit.id, unit]));
  for (const item of planItems(plan)) {
    if (item.kind !== "indicator") continue;
    const rule = ruleOf(item);
    const unguided =
      (rule.kind === "direction" && rule.goal === "maintain") || rule.kind === "target";
    if (unguided && !item.direction) {
      warnings.push(
        `${item.id}: målet ”${item.rule ?? ""}” säger inte om högre eller lägre är bättre. Ange direction: higher eller lower (i Excel: Riktning), annars räknas högre som bättre.`,
      );
    }
    if (!ruleNeedsBaseline(rule)) continue;
    const lacking = reportingPeriods(plan, item)
      .map((definition) => periods.get(definition.id))
      .filter((period) => period !== undefined)
      .filter((period) =>
        reportingUnitIds(plan, item).some((unitId) => {
          const unit = units.get(unitId);
          return unit && !findComparison({ plan, indicator: item, unit, period, values }).found;
        }),
      )
      .map((period) => period.id);
    if (lacking.length > 0) {
      warnings.push(
        `${item.id}: jämförelsevärde saknas för ${lacking.join(", ")}, så regeln ”${item.rule ?? ""}” kan inte bedöma där förrän ett värde förs över från fjolårets resultat, hämtas från Kolada eller läggs in med \`jämförelsevärde\`.`,
      );
    }
  }
  return warnings;
}
