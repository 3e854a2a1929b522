// A stored plan as lists show it. Its own module so the plan store and its cache share it without
// importing each other.
import type { PlanSummary } from "./plan-summary";

export interface PlanListing {
  planId: string;
  name: string;
  organisation: string;
  year: number;
  importedAt: string;
  importedBy: string;
  summary: PlanSummary | undefined;
}
