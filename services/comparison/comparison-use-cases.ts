// The comparison values' use cases as the bot calls them (`jämförelsevärden`, `jämförelsevärde …`),
// bound once to the store, the audit log and the clock in the composition root (services/compose.ts).
import type { AuditLog } from "../audit/audit-log";
import type { Plan } from "../plan";
import type { TableStore } from "../storage/tables";
import type { Coverage } from "./coverage";
import { setComparison, type ComparisonChange } from "./set-comparison";
import { coverageOfPlan } from "./unjudged-cells";

export interface ComparisonUseCases {
  /** What can and cannot be judged in the plan, per period (one period when named). */
  coverage(plan: Plan, periodId?: string): Promise<Coverage[]>;
  /** An admin's value (`jämförelsevärde <indikator> [enhet] <värde> [år]`), audited. */
  set(plan: Plan, args: string, actor: string): Promise<ComparisonChange>;
}

export function comparisonUseCases(deps: {
  store: TableStore;
  audit: AuditLog;
  now: () => Date;
}): ComparisonUseCases {
  return {
    coverage: (plan, periodId) => coverageOfPlan(deps.store, plan, periodId),
    set: (plan, args, actor) => setComparison(deps, plan, args, actor),
  };
}
