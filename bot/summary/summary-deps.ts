// What the summary use cases need from the bot's services.
import type { SummaryDeps } from "../../services/summary/load-summary";
import type { DomainServices } from "../../services/compose";

/** What of the app's services the summaries read. */
export type SummarySources = Pick<DomainServices, "store" | "audit" | "workingHours" | "now">;

export function summaryDeps(services: SummarySources): SummaryDeps {
  return {
    store: services.store,
    audit: services.audit,
    workingHours: services.workingHours,
    now: services.now,
  };
}
