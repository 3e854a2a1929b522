// Milestones missed, where leadership reads them: one line per milestone due in the period that a
// unit did not mark done, with what it reported instead.
import type { Locale } from "../services/i18n/locale";
import { ACTIVITY_STATE_LABEL } from "../services/reporting/report-model";
import type { MissedMilestone } from "../services/summary/period-summary";

export function missedMilestoneLines(missed: MissedMilestone[], locale: Locale): string[] {
  const en = locale === "en";
  return missed.map((m) => {
    const state = m.state
      ? ACTIVITY_STATE_LABEL[m.state][locale].toLocaleLowerCase(locale)
      : en
        ? "no state given"
        : "ingen status angiven";
    const due = m.period ? ` ${m.period}` : en ? " (year-end)" : " (årets slut)";
    return `⚑ ${en ? "Milestone missed" : "Delmål ej nått"}${due}: ${m.text} – ${m.name}, ${m.unitName} (${state})`;
  });
}
