// The counts an admin sees after a validation or an import: enough to recognise the plan at a
// glance on a summary card, or in one line on the command line.
import { z } from "zod";
import type { Plan } from "./plan-schema";

const count = z.int().nonnegative();

export const planSummarySchema = z.object({
  planId: z.string(),
  name: z.string(),
  organisation: z.string(),
  year: z.int(),
  periods: count,
  goalAreas: count,
  goals: count,
  indicators: count,
  activities: count,
  questions: count,
  units: count,
  /** Distinct people who report for at least one unit. */
  reporters: count,
});

export type PlanSummary = z.output<typeof planSummarySchema>;

export function summarisePlan(plan: Plan): PlanSummary {
  const goals = plan.goalAreas.flatMap((area) => area.goals);
  const reporters = new Set(
    plan.units.flatMap((unit) => unit.reporters.map((upn) => upn.toLowerCase())),
  );
  return {
    planId: plan.id,
    name: plan.name,
    organisation: plan.organisation,
    year: plan.year,
    periods: plan.periods.length,
    goalAreas: plan.goalAreas.length,
    goals: goals.length,
    indicators: goals.reduce((sum, goal) => sum + goal.indicators.length, 0),
    activities: goals.reduce((sum, goal) => sum + goal.activities.length, 0),
    questions: goals.reduce((sum, goal) => sum + goal.questions.length, 0),
    units: plan.units.length,
    reporters: reporters.size,
  };
}

/** "Norsjö kommun: Verksamhetsplan 2025 Omsorg (norsjo-omsorg-2025), 3 perioder, 6 målområden, …" */
export function summaryLine(summary: PlanSummary): string {
  const counts = [
    counted(summary.periods, "period", "perioder"),
    counted(summary.goalAreas, "målområde", "målområden"),
    counted(summary.goals, "mål", "mål"),
    counted(summary.indicators, "indikator", "indikatorer"),
    counted(summary.activities, "aktivitet", "aktiviteter"),
    counted(summary.questions, "fråga", "frågor"),
    counted(summary.units, "enhet", "enheter"),
    counted(summary.reporters, "rapportör", "rapportörer"),
  ];
  return `${summary.organisation}: ${summary.name} (${summary.planId}), ${counts.join(", ")}`;
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
