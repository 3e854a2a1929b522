// Calendar commands: `perioder` lists the active plan's periods; `deadline`, `öppna` and
// `påminnelser` change one period's dates, answered with a before/after card.
import { periodChangeView } from "../../../cards/period-change-view";
import { periodsView } from "../../../cards/periods-view";
import {
  planCalendar,
  type PeriodChangeResult,
  type PlanCalendar,
} from "../../../services/calendar";
import { DomainError } from "../../../services/errors";
import type { Plan } from "../../../services/plan";
import { unitsReportingIn } from "../../../services/reporting";
import { requireActivePlan } from "../active-plan";
import { cardMessage } from "../../replies";
import type { CommandHandler, CommandInput, CalendarDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

export const listPeriods: CommandHandler<CalendarDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const periods = await services.calendar.resolve(planCalendar(plan, services.workingHours));
  const submitted = await services.reporting.submittedByPeriod(plan.id);
  return [
    cardMessage(
      periodsView({
        plan,
        periods,
        reported: periods.map((period) => {
          const units = reportingUnitIds(plan, period.id);
          const done = units.filter((id) => submitted.get(period.id)?.has(id)).length;
          return { done, units: units.length };
        }),
        now: services.now().toISOString(),
        timeZone: services.workingHours.timeZone,
        locale: input.locale,
      }),
    ),
  ];
};

// The active plan is the one kept in memory under the shared version (a new object when it changes),
// so which units report in each of its periods is worked out once per plan, not on every `perioder`.
const reportingUnits = new WeakMap<Plan, Map<string, readonly string[]>>();

function reportingUnitIds(plan: Plan, periodId: string): readonly string[] {
  let byPeriod = reportingUnits.get(plan);
  if (!byPeriod) reportingUnits.set(plan, (byPeriod = new Map()));
  let ids = byPeriod.get(periodId);
  if (!ids) {
    ids = unitsReportingIn(plan, periodId).map((unit) => unit.id);
    byPeriod.set(periodId, ids);
  }
  return ids;
}

export const setDeadline: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "deadline", (calendar, plan, period, rest) =>
    services.calendar.setDeadline(calendar, period, rest, actorId(input.sender)),
  );

export const setOpens: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "öppna", (calendar, plan, period, rest) =>
    services.calendar.setOpens(calendar, period, rest, actorId(input.sender)),
  );

export const setReminderDays: CommandHandler<CalendarDeps> = (input, services) =>
  change(input, services, "påminnelser", (calendar, plan, period, rest) =>
    services.calendar.setReminderDays(calendar, period, rest, actorId(input.sender)),
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
  const plan = await requireActivePlan(services, input);
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
  return [
    cardMessage(
      periodChangeView(before, after, services.workingHours.timeZone, input.locale, plan.name),
    ),
  ];
}
