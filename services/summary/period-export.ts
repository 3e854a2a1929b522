// The export use case, shared by the chat command and the CLI: the workbook of one period of a plan.
import { exportSummaryWorkbook } from "./lazy-export-workbook";
import { planItems } from "../plan";
import { loadPeriodSummary, type SummaryDeps } from "./load-summary";

export interface PeriodExport {
  fileName: string;
  content: Buffer;
  periodLabel: string;
  planName: string;
}

export async function exportPeriod(
  deps: SummaryDeps,
  planId: string,
  periodText: string,
): Promise<PeriodExport> {
  const { plan, period, summary, results } = await loadPeriodSummary(deps, planId, periodText);
  const content = await exportSummaryWorkbook(summary, results, {
    timeZone: deps.workingHours.timeZone,
    exportedAt: deps.now(),
    names: {
      items: new Map(
        planItems(plan).map((item) => [item.id, item.kind === "question" ? item.text : item.name]),
      ),
      units: new Map(plan.units.map((unit) => [unit.id, unit.name])),
    },
  });
  const safe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, "-").replace(/^-+|-+$/g, "");
  return {
    fileName: `${safe(plan.id)}-${safe(period.id)}.xlsx`,
    content,
    periodLabel: period.label,
    planName: plan.name,
  };
}
