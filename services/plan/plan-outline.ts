// A plan as readable text, one line per part, indented by level: for `plan show` and anywhere an
// admin wants to check what the product holds.
import type { Plan, Unit } from "./plan-schema";
import type { PlanItem } from "./plan-items";
import { planItems } from "./plan-items";
import { rollupMethod, type RollupMethod } from "./rollup-method";
import { breakdownLabel } from "./breakdown";

export function planOutline(plan: Plan): string[] {
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  const who = (upns: string[]) => upns.map((upn) => names.get(upn.toLowerCase()) ?? upn).join(", ");
  const lines = [`${plan.organisation}: ${plan.name} (${plan.id}), ${plan.year}`];
  if (plan.board) lines.push(`Beslutad av: ${plan.board}`);
  if (plan.admins.length > 0) lines.push(`Administratörer: ${who(plan.admins)}`);
  lines.push(
    `Perioder: ${plan.periods.map((p) => (p.label && p.label !== p.id ? `${p.id} (${p.label})` : p.id)).join(", ")}`,
  );
  lines.push("Enheter:");
  const children = new Map<string | undefined, Unit[]>();
  for (const unit of plan.units)
    children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);
  const ids = new Set(plan.units.map((unit) => unit.id));
  const walk = (unit: Unit, depth: number, seen: Set<string>) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const weights = Object.entries(unit.weights ?? {}).map(([name, n]) => `, ${name} ${n}`);
    const type = `${unit.type ? `, ${unit.type}` : ""}${weights.join("")}`;
    const reporters = unit.reporters.length > 0 ? ` – rapportör: ${who(unit.reporters)}` : "";
    lines.push(`${"  ".repeat(depth)}${unit.name} (${unit.id}${type})${reporters}`);
    for (const child of children.get(unit.id) ?? []) walk(child, depth + 1, seen);
  };
  const seen = new Set<string>();
  for (const unit of plan.units)
    if (unit.parent === undefined || !ids.has(unit.parent)) walk(unit, 1, seen);
  const items = planItems(plan);
  for (const area of plan.goalAreas) {
    lines.push(`Målområde ${area.id}: ${area.name}`);
    for (const goal of area.goals) {
      lines.push(`  Mål ${goal.id}: ${goal.name}`);
      for (const item of items.filter((i) => i.goalId === goal.id && i.goalAreaId === area.id)) {
        lines.push(`    ${itemLine(item)}`);
      }
    }
  }
  return lines;
}

function itemLine(item: PlanItem): string {
  const where = [
    item.periods ? `perioder ${item.periods.join(", ")}` : undefined,
    item.reportingUnits ? `enheter ${item.reportingUnits.join(", ")}` : undefined,
  ].filter((text): text is string => text !== undefined);
  const tail = where.length > 0 ? ` [${where.join("; ")}]` : "";
  switch (item.kind) {
    case "indicator": {
      const rule = item.rule
        ? ` – regel: ${item.rule}`
        : item.target
          ? ` – mål: ${item.target}`
          : "";
      const parts = item.breakdown
        ? ` – uppdelat på ${item.breakdown.by.map((kind) => breakdownLabel(kind, "sv")).join(" och ")}${item.breakdown.required ? " (krävs)" : ""}`
        : "";
      return `Indikator ${item.id}: ${item.name}${rule} – ${rollupWords(rollupMethod(item))}${parts}${tail}`;
    }
    case "activity": {
      const milestones = item.milestones.length > 0 ? ` – ${item.milestones.length} delmål` : "";
      return `Aktivitet ${item.id}: ${item.name}${milestones}${tail}`;
    }
    case "question":
      return `Fråga ${item.id}: ${item.text}${tail}`;
  }
}

/** How the summary combines the units, as the admin checks it against the plan. */
function rollupWords(method: RollupMethod): string {
  const how = {
    sum: "summeras",
    mean: "medelvärde",
    weighted: `viktat efter ${method.weight ?? ""}`,
    perUnit: "per enhet",
  }[method.kind];
  return method.targetFor === "organisation" ? `${how}, mål för hela organisationen` : how;
}
