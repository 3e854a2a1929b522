// Which stored plans the bot follows now: every plan that is not archived and has a period that is
// open or coming (or closed so lately that its after-deadline reminders and summary are still on
// their way). Norrköping's 2024 plan, whose Helår is reported in February 2025, is live beside its
// 2025 plan: importing next year's plan silences nothing.
import { CalendarStore, planCalendar, type ReportingPeriod, type WorkingHours } from "../calendar";
import type { AuditLog } from "../audit/audit-log";
import { listPlans, loadPlan, type Plan } from "../plan";
import type { OrganisationSettings } from "../settings/organisation-settings";
import type { TableStore } from "../storage/tables";

/** A closed period keeps its plan live this long after its deadline (the after-2 step, the post). */
export const LIVE_AFTER_DEADLINE_DAYS = 14;

export interface LivePlanDeps {
  store: TableStore;
  audit: AuditLog;
  workingHours: WorkingHours;
  settings: Pick<OrganisationSettings, "plans">;
  now: () => Date;
}

export interface PlanState {
  plan: Plan;
  periods: ReportingPeriod[];
  archived: boolean;
  /** Not archived, and a period open, coming, or closed within LIVE_AFTER_DEADLINE_DAYS. */
  live: boolean;
  /** When it was imported (the last one imported is the old "active plan"). */
  importedAt: string;
}

/** Every stored plan with its state, the newest year first. */
export async function planStates(deps: LivePlanDeps): Promise<PlanState[]> {
  const archived = await deps.settings.plans.archived();
  const calendar = new CalendarStore(deps.store, deps.audit, deps.now);
  const since = new Date(
    deps.now().getTime() - LIVE_AFTER_DEADLINE_DAYS * 24 * 3_600_000,
  ).toISOString();
  const states: PlanState[] = [];
  for (const listing of await listPlans(deps.store)) {
    const plan = await loadPlan(deps.store, listing.planId);
    if (!plan) continue;
    const periods = await calendar.resolve(planCalendar(plan, deps.workingHours));
    const isArchived = archived.has(plan.id);
    states.push({
      plan,
      periods,
      archived: isArchived,
      live: !isArchived && periods.some((period) => period.deadlineAt >= since),
      importedAt: listing.importedAt,
    });
  }
  return states;
}

export async function livePlans(deps: LivePlanDeps): Promise<PlanState[]> {
  return (await planStates(deps)).filter((state) => state.live);
}
