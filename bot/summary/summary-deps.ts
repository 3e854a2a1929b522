// What the summary use cases need from the bot's services.
import type { SummaryDeps } from "../../services/summary/load-summary";
import type { DomainServices } from "../../services/compose";

export function summaryDeps(services: DomainServices): SummaryDeps {
  return {
    store: services.store,
    audit: services.audit,
    workingHours: services.workingHours,
    now: services.now,
  };
}
