// What a command handler receives and returns. Its own module so that the router and the handlers
// it dispatches to both import it, and neither imports the other back. Each handler group names the
// few services it uses (AdminDeps …), never the raw store: the router, which needs the whole, hands
// every handler the same BotServices, and the type says what a handler may reach.
import type { Activity, TurnContext } from "botbuilder";
import type { Actor } from "../../services/access";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import type { Uses } from "../services";

export interface CommandTurn {
  context: TurnContext;
  sender: Person;
  locale: Locale;
}

export interface CommandInput extends CommandTurn {
  args: string;
  /** What the access policy knew when it allowed the command. */
  actor: Actor;
  isAdmin: boolean;
}

/** A handler names its deps (`CommandHandler<AdminDeps>`); there is no default to fall back on. */
export type CommandHandler<Deps> = (
  input: CommandInput,
  services: Deps,
) => Promise<Partial<Activity>[]>;

/** What finding the active plan needs (active-plan.ts). */
export type ActivePlanDeps = Uses<"livePlans">;
/** Which plan `ledningskanal` is about, and setting it (channel-plan.ts, admin-handlers.ts). */
export type LeadershipChannelDeps = Uses<"addressBook" | "livePlans" | "settings">;
/** The plans card and choosing a plan (plans-handlers.ts). */
export type PlansDeps = Uses<"livePlans" | "now" | "settings" | "workingHours">;

export type AdminDeps = Uses<"addressBook" | "admins" | "settings">;
export type LeadershipDeps = Uses<"leadership">;
export type DeputyDeps = ActivePlanDeps & Uses<"deputies">;
export type PlanDeps = Uses<"config" | "planImport" | "settings">;
/**
 * calendar-handlers.ts still builds its CalendarStore from the store (the one handler that does;
 * it changes with `perioder` elsewhere): the store is named here, outside `Uses`, on purpose.
 */
export type CalendarDeps = ActivePlanDeps & Uses<"calendar" | "now" | "reporting" | "workingHours">;
export type RemindDeps = ActivePlanDeps & Uses<"reminders">;
export type ReportDeps = ActivePlanDeps & Uses<"reporting" | "workingHours">;
export type ComparisonDeps = ActivePlanDeps & Uses<"comparisons">;
export type ResponsiblesDeps = ActivePlanDeps &
  Uses<"addressBook" | "appInstaller" | "reporterAssignment">;
export type SummaryCommandDeps = ActivePlanDeps &
  Uses<"now" | "summaries" | "summaryReader" | "workingHours">;
