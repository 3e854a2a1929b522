// The counts an admin sees after a validation or an import: enough to recognise the plan at a
// glance on a summary card, or in one line on the command line.
import type { Plan } from "./plan-schema";

export interface PlanSummary {
  planId: string;
  name: string;
  organisation: string;
  year: number;
  periods: number;
  goalAreas: number;
  goals: number;
  indicators: number;
  activities: number;
  questions: number;
  units: number;
  /** Distinct people who report for at least one unit. */
  reporters: number;
}

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
    count(summary.periods, "period", "perioder"),
    count(summary.goalAreas, "målområde", "målområden"),
    count(summary.goals, "mål", "mål"),
    count(summary.indicators, "indikator", "indikatorer"),
    count(summary.activities, "aktivitet", "aktiviteter"),
    count(summary.questions, "fråga", "frågor"),
    count(summary.units, "enhet", "enheter"),
    count(summary.reporters, "rapportör", "rapportörer"),
  ];
  return `${summary.organisation}: ${summary.name} (${summary.planId}), ${counts.join(", ")}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
