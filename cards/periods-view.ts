// `perioder` as card data: each period's state, dates, reminder times (those after the deadline said
// to be for the late) and how many of its units have reported.
import type { ReportingPeriod } from "../services/calendar/reporting-period";
import { DATE_EXAMPLES } from "../services/calendar/swedish-date";
import { day, moment } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import { periodsCard } from "./periods-card";
import type { AdaptiveCard } from "./render";
import { t } from "./words/t";

export interface PeriodsView {
  plan: { name: string; organisation: string; year: number; periods: readonly { id: string }[] };
  periods: ReportingPeriod[];
  /** Per period, in the same order: units that have submitted, of those that report in it. */
  reported: { done: number; units: number }[];
  /** ISO instant. */
  now: string;
  timeZone: string;
  locale: Locale;
}

export function periodsView(view: PeriodsView): AdaptiveCard {
  const { plan, locale, timeZone: zone, now } = view;
  const sample = plan.periods[0]?.id ?? "T1";
  return periodsCard({
    title: t(locale, "periods.title", { plan: plan.name }),
    summary: `${plan.organisation} · ${plan.year}`,
    labels: {
      covers: t(locale, "periods.covers"),
      opens: t(locale, "periods.opens"),
      deadline: t(locale, "periods.deadline"),
      reminders: t(locale, "periods.reminders"),
      units: t(locale, "periods.reported"),
    },
    periods: view.periods.map((period, index) => ({
      status: statusOf(period, now, locale),
      label: period.label,
      covers: `${day(period.start, locale, "short")} – ${day(period.end, locale, "short")}`,
      opens: day(period.opens, locale, "short"),
      deadline: day(period.deadline, locale, "short"),
      reminders: remindersText(period, zone, locale),
      units: t(locale, "periods.reportedCount", view.reported[index] ?? { done: 0, units: 0 }),
    })),
    // Examples, not <placeholders>: Teams takes "<period>" for an HTML tag and shows nothing.
    footer: t(locale, "periods.footer", { sample, examples: DATE_EXAMPLES }),
  });
}

/** The reminder times; those after the deadline go only to the late, and say so. */
function remindersText(period: ReportingPeriod, zone: string, locale: Locale): string {
  const before = period.reminderSteps.filter((step) => (step.workingDaysFromDeadline ?? -1) <= 0);
  const after = period.reminderSteps.filter((step) => (step.workingDaysFromDeadline ?? -1) > 0);
  const times = (steps: typeof before) =>
    steps.map((s) => moment(s.at, zone, locale, "short")).join(", ");
  const parts = [
    times(before),
    after.length === 0 ? "" : t(locale, "periods.toTheLate", { times: times(after) }),
  ].filter(Boolean);
  return parts.join("; ") || "–";
}

function statusOf(period: ReportingPeriod, nowIso: string, locale: Locale): string {
  const opensAt = period.reminderSteps[0]?.at ?? `${period.opens}T00:00:00Z`;
  if (nowIso > period.deadlineAt) return t(locale, "periods.closed");
  if (nowIso >= opensAt || nowIso.slice(0, 10) >= period.opens) return t(locale, "periods.open");
  return t(locale, "periods.upcoming");
}
