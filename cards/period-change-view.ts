// The answer to `deadline`, `öppna` and `påminnelser`: the period's dates before and after, only
// what changed (or everything, saying nothing changed).
import type { ReportingPeriod } from "../services/calendar/reporting-period";
import { day, moment } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import { confirmationCard } from "./confirmation-card";
import type { AdaptiveCard } from "./render";

export function periodChangeView(
  before: ReportingPeriod,
  after: ReportingPeriod,
  zone: string,
  l: Locale,
): AdaptiveCard {
  const en = l === "en";
  const rows = [
    {
      field: en ? "Opens" : "Öppnar",
      before: day(before.opens, l, "short"),
      after: day(after.opens, l, "short"),
    },
    {
      field: en ? "Deadline" : "Sista dag",
      before: day(before.deadline, l, "short"),
      after: day(after.deadline, l, "short"),
    },
    {
      field: en ? "Reminders" : "Påminnelser",
      before: before.reminderSteps.map((s) => moment(s.at, zone, l, "short")).join(", "),
      after: after.reminderSteps.map((s) => moment(s.at, zone, l, "short")).join(", "),
    },
  ];
  const changed = rows.filter((row) => row.before !== row.after);
  return confirmationCard({
    title: changed.length
      ? en
        ? `${after.label} changed`
        : `${after.label} ändrad`
      : en
        ? `${after.label}: nothing to change`
        : `${after.label}: inget att ändra`,
    labels: en
      ? { field: "What", before: "Before", after: "After" }
      : { field: "Vad", before: "Före", after: "Efter" },
    changes: changed.length ? changed : rows,
    footer: en
      ? "Reminders go out on working days, within working hours, Swedish time."
      : "Påminnelser går ut vardagar inom arbetstid, svensk tid.",
  });
}
