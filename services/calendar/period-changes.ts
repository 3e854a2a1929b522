// What admins may change in a plan's calendar, checked before anything is stored: the deadline,
// the opening day and the reminder days before the deadline of one period. Each check returns the
// period's new override or throws DomainError("BAD_ARGUMENT") with a Swedish message that says what
// was wrong and shows a command that would work. The word `standard` removes an admin's setting.
import { DomainError } from "../errors";
import { findPeriod } from "./period-id";
import type { PeriodDefinition, PeriodOverride, PeriodOverrides } from "./reporting-period";
import { resolvePeriod, resolvePeriods } from "./resolve-periods";
import { parseSwedishDate } from "./swedish-date";
import type { WorkingHours } from "./working-hours";

/** The chat words of the calendar commands, for the bot and for the examples in messages. */
export const CALENDAR_COMMANDS = {
  deadline: "deadline",
  opens: "öppna",
  reminderDays: "påminnelser",
} as const;

export const RESET_WORD = "standard";
export const NO_REMINDERS_WORD = "inga";
export const MAX_REMINDER_DAYS_BEFORE = 30;
export const MAX_REMINDERS_BEFORE = 10;
/** Words people add around the numbers ("7 3 1 arbetsdagar före"), skipped. */
const FILLER_WORDS = new Set(["arbetsdagar", "dagar", "före", "innan", "deadline"]);

/** A plan as the calendar needs it: its id, year, periods and the working hours to apply. */
export interface PlanCalendar {
  planId: string;
  year: number;
  definitions: readonly PeriodDefinition[];
  workingHours?: WorkingHours;
}

export interface ChangeContext extends PlanCalendar {
  overrides: PeriodOverrides;
  /** Today's ISO date in the calendar's time zone. */
  today: string;
}

export interface PeriodChange {
  /** The plan's own id of the changed period. */
  periodId: string;
  /** The period's whole override after the change. */
  override: PeriodOverride;
}

export function validateDeadline(
  context: ChangeContext,
  periodText: string,
  dateText: string,
): PeriodChange {
  const { definition, current } = periodOf(context, periodText);
  const command = (date: string) => example("deadline", definition.id, date);
  const suggestion = [current.deadline, current.opens, context.today].sort().at(-1) ?? "";
  const override = { ...(context.overrides[definition.id] ?? {}) };
  if (isReset(dateText)) {
    delete override.deadline;
    return { periodId: definition.id, override };
  }
  const deadline = readDate(context, dateText, command, suggestion);
  if (deadline < current.opens) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Sista dag ${deadline} är före första rapportdag ${current.opens} för ${current.label}. ` +
        `Välj en sista dag från och med ${current.opens}, t.ex. ${command(suggestion)}, ` +
        `eller flytta först öppningen, t.ex. ${example("opens", definition.id, context.today)}.`,
    );
  }
  return { periodId: definition.id, override: { ...override, deadline } };
}

export function validateOpens(
  context: ChangeContext,
  periodText: string,
  dateText: string,
): PeriodChange {
  const { definition, current } = periodOf(context, periodText);
  const command = (date: string) => example("opens", definition.id, date);
  const suggestion = [current.opens, context.today].sort().at(-1) ?? "";
  const override = { ...(context.overrides[definition.id] ?? {}) };
  if (isReset(dateText)) {
    delete override.opens;
    return { periodId: definition.id, override };
  }
  const opens = readDate(context, dateText, command, suggestion);
  if (opens > current.deadline) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Första rapportdag ${opens} är efter sista dag ${current.deadline} för ${current.label}. ` +
        `Välj en dag till och med ${current.deadline}, t.ex. ${command(suggestion)}, ` +
        `eller flytta först sista dag, t.ex. ${example("deadline", definition.id, opens)}.`,
    );
  }
  return { periodId: definition.id, override: { ...override, opens } };
}

export function validateReminderDays(
  context: ChangeContext,
  periodText: string,
  days: string | readonly number[],
): PeriodChange {
  const { definition } = periodOf(context, periodText);
  const command = `\`${CALENDAR_COMMANDS.reminderDays} ${definition.id} 7 3 1\``;
  const override = { ...(context.overrides[definition.id] ?? {}) };
  if (typeof days === "string" && isReset(days)) {
    delete override.reminderDaysBefore;
    return { periodId: definition.id, override };
  }
  const reminderDaysBefore = readReminderDays(days, command);
  return { periodId: definition.id, override: { ...override, reminderDaysBefore } };
}

function periodOf(context: ChangeContext, periodText: string) {
  const definition = planPeriod(context, periodText);
  return { definition, current: resolvePeriod(definition, context) };
}

/** The plan's period that `periodText` means; an unknown one is refused with the plan's list. */
export function planPeriod(context: ChangeContext, periodText: string): PeriodDefinition {
  const definition = findPeriod(context.definitions, periodText, context.year);
  if (!definition) {
    const known = context.definitions.map((period) => period.id).join(", ");
    const first = resolvePeriods(context)[0];
    const sample = first
      ? example("deadline", first.id, laterOf(first.deadline, context.today))
      : "";
    throw new DomainError(
      "BAD_ARGUMENT",
      `Perioden ”${periodText.trim()}” finns inte i planen. Planens perioder: ${known}. ` +
        `Skriv perioden som i listan, t.ex. ${sample}.`,
    );
  }
  return definition;
}

/**
 * `command(date)` is the whole command with a date; `suggestion` is the date its examples would
 * use, moved inside what this check accepts, so an example is never itself refused.
 */
function readDate(
  context: ChangeContext,
  text: string,
  command: (date: string) => string,
  suggestion: string,
): string {
  const latest = `${context.year + 1}-12-31`;
  const sample = command(suggestion > latest ? latest : suggestion);
  let date: string;
  try {
    date = parseSwedishDate(text, { today: context.today });
  } catch (error) {
    if (error instanceof DomainError) {
      throw new DomainError("BAD_ARGUMENT", `${error.message} Hela kommandot: ${sample}.`);
    }
    throw error;
  }
  if (context.today > latest) {
    // Every date after today is past the plan's last possible day: no example would work.
    throw new DomainError(
      "BAD_ARGUMENT",
      `Planen för ${context.year} tar inte emot nya datum längre: senast ${latest} gick, ` +
        `och i dag är det ${context.today}. Importera planen för ${context.today.slice(0, 4)} ` +
        `(importera plan med filen bifogad) och ändra datumen i den.`,
    );
  }
  if (date < context.today) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Datumet ${date} har redan varit (i dag är det ${context.today}). ` +
        `Ange ett datum från och med i dag, t.ex. ${sample}.`,
    );
  }
  if (date > latest) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Datumet ${date} ligger för långt fram för planen för ${context.year}: ` +
        `senast ${latest} går. Skriv t.ex. ${sample}.`,
    );
  }
  return date;
}

function readReminderDays(days: string | readonly number[], command: string): number[] {
  const tokens =
    typeof days === "string"
      ? days
          .trim()
          .toLocaleLowerCase("sv")
          .split(/[\s;]+|,\s+/)
          .filter((token) => token !== "" && !FILLER_WORDS.has(token))
      : days.map(String);
  if (tokens.length === 1 && tokens[0] === NO_REMINDERS_WORD) return [];
  if (tokens.length === 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Skriv hur många arbetsdagar före sista dag påminnelserna ska gå, t.ex. ${command}, ` +
        `eller ${NO_REMINDERS_WORD} för inga påminnelser före sista dag.`,
    );
  }
  const numbers = tokens.map((token) => {
    if (!/^\d+$/.test(token) || Number(token) < 1) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `”${token}” är inte ett helt antal arbetsdagar från 1 och uppåt. ` +
          `Skriv hela arbetsdagar före sista dag, t.ex. ${command}.`,
      );
    }
    const number = Number(token);
    if (number > MAX_REMINDER_DAYS_BEFORE) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${number} arbetsdagar före sista dag är för tidigt: högst ${MAX_REMINDER_DAYS_BEFORE} går. ` +
          `Skriv t.ex. ${command}.`,
      );
    }
    return number;
  });
  const distinct = [...new Set(numbers)].sort((a, b) => b - a);
  if (distinct.length > MAX_REMINDERS_BEFORE) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Högst ${MAX_REMINDERS_BEFORE} påminnelser före sista dag går, du skrev ${distinct.length}. ` +
        `Skriv t.ex. ${command}.`,
    );
  }
  return distinct;
}

function isReset(text: string): boolean {
  return text.trim().toLocaleLowerCase("sv") === RESET_WORD;
}

function example(command: keyof typeof CALENDAR_COMMANDS, periodId: string, date: string): string {
  return `\`${CALENDAR_COMMANDS[command]} ${periodId} ${date}\``;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
