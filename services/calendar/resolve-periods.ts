// A plan's reporting periods with every date and reminder worked out: what admins set in chat wins
// over what the plan file says, which wins over the defaults of default-dates.ts.
import { coverageOf, defaultDates, REPORTING_WORKING_DAYS } from "./default-dates";
import { periodLabel } from "./period-label";
import { reminderSteps } from "./reminder-steps";
import type {
  PeriodDefinition,
  PeriodOverride,
  PeriodOverrides,
  ReportingPeriod,
} from "./reporting-period";
import { DEFAULT_WORKING_HOURS, type WorkingHours } from "./working-hours";
import { addWorkingDays, endOfLocalDay } from "./working-time";

export interface ResolvePeriodsInput {
  planId?: string;
  year: number;
  definitions: readonly PeriodDefinition[];
  overrides?: PeriodOverrides;
  workingHours?: WorkingHours;
}

export function resolvePeriods(input: ResolvePeriodsInput): ReportingPeriod[] {
  return input.definitions.map((definition) => resolvePeriod(definition, input));
}

export function resolvePeriod(
  definition: PeriodDefinition,
  input: Omit<ResolvePeriodsInput, "definitions">,
): ReportingPeriod {
  const hours = input.workingHours ?? DEFAULT_WORKING_HOURS;
  const override: PeriodOverride = input.overrides?.[definition.id] ?? {};
  const { start, end } = coverageOf(definition, input.year);
  const defaults = defaultDates(definition, input.year, hours);
  const setOpens = override.opens ?? definition.opens;
  const setDeadline = override.deadline ?? definition.deadline;
  let opens = setOpens ?? defaults.opens;
  let deadline = setDeadline ?? defaults.deadline;
  // Only one of the two was set, and it crosses the other's default: the default gives way.
  if (deadline < opens && setDeadline === undefined) {
    deadline = addWorkingDays(opens, REPORTING_WORKING_DAYS, hours);
  }
  if (deadline < opens && setOpens === undefined) {
    opens = addWorkingDays(deadline, -REPORTING_WORKING_DAYS, hours);
  }
  return {
    ...(input.planId === undefined ? {} : { planId: input.planId }),
    id: definition.id,
    kind: definition.kind,
    label: periodLabel(definition, input.year, start),
    start,
    end,
    opens,
    deadline,
    deadlineAt: endOfLocalDay(deadline, hours),
    reminderSteps: reminderSteps(
      { opens, deadline, reminderDaysBefore: override.reminderDaysBefore },
      hours,
    ),
  };
}
