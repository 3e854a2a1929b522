// Calendar commands: `perioder` lists the active plan's periods; `deadline`, `öppna` and
// `påminnelser` change one period's dates, answered with a before/after card.
import { confirmationCard } from "../../../cards/confirmation-card";
import { periodsCard } from "../../../cards/periods-card";
import {
  CalendarStore,
  DATE_EXAMPLES,
  planCalendar,
  type PeriodChangeResult,
  type PlanCalendar,
  type ReportingPeriod,
} from "../../../services/calendar";
import { DomainError } from "../../../services/errors";
import { day, moment } from "../../../services/i18n/date-text";
import type { Locale } from "../../../services/i18n/locale";
import type { Plan } from "../../../services/plan";
import { submittedUnits, unitsReportingIn } from "../../../services/reporting";
import { requireActivePlan } from "../active-plan";
import { cardMessage } from "../../replies";
import type { CommandHandler, CommandInput, CalendarDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

function store(services: CalendarDeps): CalendarStore {
  return new CalendarStore(services.store, services.audit, services.now);
}

export const listPeriods: CommandHandler<CalendarDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const periods = await store(services).resolve(planCalendar(plan, services.workingHours));
  const submitted = await Promise.all(
    periods.map((period) => submittedUnits(services.store, plan.id, period.id)),
  );
  const zone = services.workingHours.timeZone;
  const now = services.now().toISOString();
  const en = input.locale === "en";
  const sample = plan.periods[0]?.id ?? "T1";
  return [
    cardMessage(
      periodsCard({
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
        periods: periods.map((period, index) => ({
          status: statusOf(period, now, input.locale),
          label: period.label,
          covers: `${day(period.start, input.locale, "short")} – ${day(period.end, input.locale, "short")}`,
          opens: day(period.opens, input.locale, "short"),
          deadline: day(period.deadline, input.locale, "short"),
          reminders: remindersText(period, zone, input.locale),
          units: reportedText(plan, period.id, submitted[index], input.locale),
        })),
        // Examples, not <placeholders>: Teams takes "<period>" for an HTML tag and shows nothing.
        footer: en
          ? `Change with e.g. deadline ${sample} 2025-05-15, öppna ${sample} 2025-05-02 or påminnelser ${sample} 7 3 1.`
          : `Ändra med t.ex. deadline ${sample} 15 maj, öppna ${sample} 2 maj eller påminnelser ${sample} 7 3 1. Datum skrivs ${DATE_EXAMPLES}.`,
      }),
    ),
  ];
};

export const setDeadline: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "deadline", (calendar, plan, period, rest) =>
    store(services).setDeadline(calendar, period, rest, actorId(input.sender)),
  );

export const setOpens: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "öppna", (calendar, plan, period, rest) =>
    store(services).setOpens(calendar, period, rest, actorId(input.sender)),
  );

export const setReminderDays: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "påminnelser", (calendar, plan, period, rest) =>
    store(services).setReminderDays(calendar, period, rest, actorId(input.sender)),
  );

async function change(
  input: CommandInput,
  services: CalendarDeps,
  command: string,
  apply: (
    calendar: PlanCalendar,
    plan: Plan,
    period: string,
    rest: string,
  ) => Promise<PeriodChangeResult>,
) {
  const plan = await requireActivePlan(services);
  const [period, ...rest] = input.args.split(" ");
  if (!period || rest.length === 0) {
    const example =
      command === "påminnelser"
        ? "påminnelser T1 7 3 1"
        : `${command} ${plan.periods[0]?.id ?? "T1"} 2025-05-15`;
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange period och ${command === "påminnelser" ? "dagar" : "datum"}. Exempel: ${example}`,
    );
  }
  const { before, after } = await apply(
    planCalendar(plan, services.workingHours),
    plan,
    period,
    rest.join(" "),
  );
  const zone = services.workingHours.timeZone;
  const l = input.locale;
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
  return [
    cardMessage(
      confirmationCard({
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
      }),
    ),
  ];
}

/** "2 av 5 enheter": how many of the units that report in the period have submitted. */
function reportedText(
  plan: Plan,
  periodId: string,
  submitted: Set<string> | undefined,
  locale: Locale,
): string {
  const units = unitsReportingIn(plan, periodId);
  const done = units.filter((unit) => submitted?.has(unit.id)).length;
  return locale === "en"
    ? `${done} of ${units.length} ${units.length === 1 ? "unit" : "units"}`
    : `${done} av ${units.length} ${units.length === 1 ? "enhet" : "enheter"}`;
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
