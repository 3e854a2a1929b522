// What a reminder turns into once its recipient has reported (Universal Actions refresh): each unit
// "✔ Inskickad <tid>" with "Öppna rapporten", or still "Rapportera nu" for those not in yet. It keeps
// the refresh, so it stays true if a report is changed or reopened.
import template from "./reminder-status.json";
import { expandCard, type AdaptiveCard } from "./render";
import { moment } from "./report-text";
import type { Locale } from "../services/i18n/locale";
import { VERBS } from "./verbs";
import { words } from "./words/t";

export interface ReminderStatusData {
  locale: Locale;
  timeZone: string;
  planId: string;
  periodId: string;
  periodLabel: string;
  /** "fredag 16 maj 2025" */
  deadline: string;
  /** The recipient's Teams id, so Teams keeps refreshing the card for them. */
  userId?: string;
  units: { id: string; name: string; submittedAt?: string; submittedByName?: string }[];
}

export function reminderStatusCard(data: ReminderStatusData): AdaptiveCard {
  const done = data.units.filter((u) => u.submittedAt).length;
  const all = done === data.units.length;
  const w = words(data.locale);
  const when = (at: string) => moment(at, data.timeZone, data.locale);
  return expandCard(template, {
    refreshTitle: w("common.refresh"),
    refreshVerb: VERBS.reminderRefresh,
    openVerb: VERBS.reportOpen,
    planId: data.planId,
    periodId: data.periodId,
    unitIds: data.units.map((u) => u.id),
    userIds: data.userId ? [data.userId] : [],
    title: w(all ? "reminderStatus.allIn" : "report.reportPeriod", { label: data.periodLabel }),
    summary: all
      ? w("reminderStatus.allInSummary")
      : w("reminderStatus.someIn", {
          done,
          units: data.units.length,
          deadline: data.deadline,
        }),
    units: data.units.map((u) => ({
      id: u.id,
      name: u.name,
      state: u.submittedAt
        ? u.submittedByName
          ? w("report.submittedAtBy", { when: when(u.submittedAt), name: u.submittedByName })
          : w("report.submittedAt", { when: when(u.submittedAt) })
        : w("report.notSubmitted"),
      color: u.submittedAt ? "Good" : "Default",
      button: w(u.submittedAt ? "report.openReport" : "reminder.reportNow"),
      style: u.submittedAt ? "default" : "positive",
    })),
    footer: w("reminderStatus.footer"),
  });
}
