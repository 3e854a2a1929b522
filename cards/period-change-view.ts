// The answer to `deadline`, `öppna` and `påminnelser`: the period's dates before and after, only
// what changed (or everything, saying nothing changed).
import type { ReportingPeriod } from "../services/calendar/reporting-period";
import { day, moment } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import { confirmationCard } from "./confirmation-card";
import type { AdaptiveCard } from "./render";
import { changeLabels } from "./change-labels";
import { t } from "./words/t";

export function periodChangeView(
  before: ReportingPeriod,
  after: ReportingPeriod,
  zone: string,
  l: Locale,
  /** The plan changed, named on the card (an admin may work on several). */
  planName?: string,
): AdaptiveCard {
  const rows = [
    {
      field: t(l, "periods.opens"),
      before: day(before.opens, l, "short"),
      after: day(after.opens, l, "short"),
    },
    {
      field: t(l, "periods.deadline"),
      before: day(before.deadline, l, "short"),
      after: day(after.deadline, l, "short"),
    },
    {
      field: t(l, "periods.reminders"),
      before: before.reminderSteps.map((s) => moment(s.at, zone, l, "short")).join(", "),
      after: after.reminderSteps.map((s) => moment(s.at, zone, l, "short")).join(", "),
    },
  ];
  const changed = rows.filter((row) => row.before !== row.after);
  return confirmationCard({
    ...(planName ? { plan: `Plan: ${planName}` } : {}),
    title: t(l, changed.length ? "periodChange.changed" : "periodChange.unchanged", {
      label: after.label,
    }),
    labels: changeLabels(l),
    changes: changed.length ? changed : rows,
    footer: t(l, "periodChange.footer"),
  });
}
