// Milestones missed, where leadership reads them: one line per milestone due in the period that a
// unit did not mark done, with what it reported instead.
import type { Locale } from "../services/i18n/locale";
import { activityStateLabel } from "../services/reporting/report-model";
import type { MissedMilestone } from "../services/summary/period-summary";
import { t } from "./words/t";

/** "⚑ Delmål Q2 ej nått: Utvärdera – Aktivitet, Enhet (pågår)": the milestone named as on the card. */
export function missedMilestoneLines(missed: MissedMilestone[], locale: Locale): string[] {
  return missed.map((m) =>
    t(locale, "milestone.missed", {
      label: t(locale, "milestone.label", { period: m.period ?? "none" }),
      text: m.text,
      name: m.name,
      unit: m.unitName,
      state: m.state
        ? activityStateLabel(m.state, locale).toLocaleLowerCase(locale)
        : t(locale, "milestone.noState"),
    }),
  );
}
