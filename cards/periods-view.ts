// `perioder` as card data: each period's state, dates, reminder times (those after the deadline said
// to be for the late) and how many of its units have reported.
import type { ReportingPeriod } from "../services/calendar/reporting-period";
import { DATE_EXAMPLES } from "../services/calendar/swedish-date";
import { day, moment } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import { periodsCard } from "./periods-card";
import type { AdaptiveCard } from "./render";

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
  const en = locale === "en";
  const sample = plan.periods[0]?.id ?? "T1";
  return periodsCard({
    title: en ? `Reporting periods: ${plan.name}` : `Rapportperioder: ${plan.name}`,
    summary: `${plan.organisation} · ${plan.year}`,
    labels: en
      ? {
          covers: "Covers",
          opens: "Opens",
          deadline: "Deadline",
          reminders: "Reminders",
          units: "Reported",
        }
      : {
          covers: "Avser",
          opens: "Öppnar",
          deadline: "Sista dag",
          reminders: "Påminnelser",
          units: "Rapporterat",
        },
    periods: view.periods.map((period, index) => ({
      status: statusOf(period, now, locale),
      label: period.label,
      covers: `${day(period.start, locale, "short")} – ${day(period.end, locale, "short")}`,
      opens: day(period.opens, locale, "short"),
      deadline: day(period.deadline, locale, "short"),
      reminders: remindersText(period, zone, locale),
      units: reportedText(view.reported[index] ?? { done: 0, units: 0 }, locale),
    })),
    // Examples, not <placeholders>: Teams takes "<period>" for an HTML tag and shows nothing.
    footer: en
      ? `Change with e.g. deadline ${sample} 2025-05-15, öppna ${sample} 2025-05-02 or påminnelser ${sample} 7 3 1.`
      : `Ändra med t.ex. deadline ${sample} 15 maj, öppna ${sample} 2 maj eller påminnelser ${sample} 7 3 1. Datum skrivs ${DATE_EXAMPLES}.`,
  });
}

/** "2 av 5 enheter": how many of the units that report in the period have submitted. */
function reportedText({ done, units }: { done: number; units: number }, locale: Locale): string {
  return locale === "en"
    ? `${done} of ${units} ${units === 1 ? "unit" : "units"}`
    : `${done} av ${units} ${units === 1 ? "enhet" : "enheter"}`;
}

/** The reminder times; those after the deadline go only to the late, and say so. */
function remindersText(period: ReportingPeriod, zone: string, locale: Locale): string {
  const before = period.reminderSteps.filter((step) => (step.workingDaysFromDeadline ?? -1) <= 0);
  const after = period.reminderSteps.filter((step) => (step.workingDaysFromDeadline ?? -1) > 0);
  const times = (steps: typeof before) =>
    steps.map((s) => moment(s.at, zone, locale, "short")).join(", ");
  const parts = [
    times(before),
    after.length === 0
      ? ""
      : locale === "en"
        ? `to those who have not reported: ${times(after)}`
        : `till dem som inte har rapporterat: ${times(after)}`,
  ].filter(Boolean);
  return parts.join("; ") || "–";
}

function statusOf(period: ReportingPeriod, nowIso: string, locale: Locale): string {
  const opensAt = period.reminderSteps[0]?.at ?? `${period.opens}T00:00:00Z`;
  if (nowIso > period.deadlineAt) return locale === "en" ? "■ Closed" : "■ Stängd";
  if (nowIso >= opensAt || nowIso.slice(0, 10) >= period.opens)
    return locale === "en" ? "▶ Open" : "▶ Öppen";
  return locale === "en" ? "◷ Upcoming" : "◷ Kommande";
}
