// The scheduler's part of the summaries: every period of every plan not archived whose deadline has
// passed (within the last 120 days) gets its summary posted to its plan's leadership channel, and the post is updated when late
// reports change it. A cheap stamp of the period's report versions means a period nobody touched is
// not rebuilt.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { listPlans, loadPlan } from "../plan";
import { listReports } from "../reporting";
import { resolvePlanPeriods, type SummaryDeps } from "./load-summary";
import {
  publishSummary,
  type PublishDeps,
  type PublishOutcome,
  type RenderedSummary,
} from "./summary-publisher";

const RECENT_DAYS = 120;

export interface SweepResult {
  planId: string;
  periodId: string;
  outcome: PublishOutcome;
}

export async function sweepSummaries(
  deps: SummaryDeps & PublishDeps,
  render: (
    planId: string,
    periodId: string,
    post: { postedAt?: string },
  ) => Promise<RenderedSummary>,
): Promise<SweepResult[]> {
  const now = deps.now();
  const since = DateTime.fromJSDate(now).minus({ days: RECENT_DAYS }).toISO();
  const done: SweepResult[] = [];
  const archived = await deps.settings.plans.archived();
  for (const listing of await listPlans(deps.store)) {
    if (archived.has(listing.planId)) continue; // archived: its posts stay as they are
    const plan = await loadPlan(deps.store, listing.planId);
    if (!plan) continue;
    for (const period of await resolvePlanPeriods(deps, plan)) {
      if (period.deadlineAt > now.toISOString() || (since && period.deadlineAt < since)) continue;
      const reports = await listReports(deps.store, plan.id, period.id);
      const stamp = createHash("sha256")
        .update(
          reports
            .map((r) => `${r.unitId}:${r.version}`)
            .sort()
            .join("|"),
        )
        .digest("hex")
        .slice(0, 24);
      const outcome = await publishSummary(
        deps,
        plan.id,
        period.id,
        (post) => render(plan.id, period.id, post),
        stamp,
      );
      if (outcome.result === "noChannel") break; // nowhere to post this plan's summaries yet
      done.push({ planId: plan.id, periodId: period.id, outcome });
    }
  }
  return done;
}
