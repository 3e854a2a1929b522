// What a reminder turns into once its recipient has reported (Universal Actions refresh): each unit
// "✔ Inskickad <tid>" with "Öppna rapporten", or still "Rapportera nu" for those not in yet. It keeps
// the refresh, so it stays true if a report is changed or reopened.
import template from "./reminder-status.json";
import { expandCard, type AdaptiveCard } from "./render";
import { moment } from "./report-text";
import type { Locale } from "../services/i18n/locale";
import { VERBS } from "./verbs";

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
  const en = data.locale === "en";
  const done = data.units.filter((u) => u.submittedAt).length;
  const all = done === data.units.length;
  const when = (at: string) => moment(at, data.timeZone, data.locale);
  return expandCard(template, {
    refreshTitle: en ? "Refresh" : "Uppdatera",
    refreshVerb: VERBS.reminderRefresh,
    openVerb: VERBS.reportOpen,
    planId: data.planId,
    periodId: data.periodId,
    unitIds: data.units.map((u) => u.id),
    userIds: data.userId ? [data.userId] : [],
    title: all
      ? en
        ? `✔ Reported: ${data.periodLabel}`
        : `✔ Inskickad: ${data.periodLabel}`
      : en
        ? `Report ${data.periodLabel}`
        : `Rapportera ${data.periodLabel}`,
    summary: all
      ? en
        ? "Thank you: the report is in. You can change it until the deadline."
        : "Tack: rapporten är inskickad. Du kan ändra den till och med sista dagen."
      : en
        ? `${done} of ${data.units.length} reported. The last day is ${data.deadline}.`
        : `${done} av ${data.units.length} inskickade. Sista dag är ${data.deadline}.`,
    units: data.units.map((u) => ({
      id: u.id,
      name: u.name,
      state: u.submittedAt
        ? en
          ? `✔ Submitted ${when(u.submittedAt)}${u.submittedByName ? ` by ${u.submittedByName}` : ""}`
          : `✔ Inskickad ${when(u.submittedAt)}${u.submittedByName ? ` av ${u.submittedByName}` : ""}`
        : en
          ? "○ Not reported yet"
          : "○ Inte inskickad än",
      color: u.submittedAt ? "Good" : "Default",
      button: u.submittedAt
        ? en
          ? "Open the report"
          : "Öppna rapporten"
        : en
          ? "Report now"
          : "Rapportera nu",
      style: u.submittedAt ? "default" : "positive",
    })),
    footer: en
      ? "This card shows the reports as they are now."
      : "Kortet visar rapporterna som de är nu.",
  });
}
