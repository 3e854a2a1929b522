// What a command handler receives and returns. Its own module so that the router and the handlers
// it dispatches to both import it, and neither imports the other back. Each handler group names the
// few services it uses (AdminDeps …): the router hands every handler the same BotServices, and the
// type says what a handler may reach.
import type { Activity, TurnContext } from "botbuilder";
import type { Actor } from "../../services/access";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import type { BotServices } from "../services";

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

export type CommandHandler<Deps = BotServices> = (
  input: CommandInput,
  services: Deps,
) => Promise<Partial<Activity>[]>;

type Uses<K extends keyof BotServices> = Pick<BotServices, K>;

/** What finding the active plan needs (active-plan.ts). */
export type ActivePlanDeps = Uses<"settings" | "store" | "audit" | "workingHours" | "now">;
/** What the reporting use cases need (services/reporting). */
export type ReportingUseDeps = Uses<
  "store" | "audit" | "logger" | "now" | "workingHours" | "refusals"
>;

export type AdminDeps = Uses<"addressBook" | "admins" | "settings">;
export type LeadershipDeps = Uses<"leadership">;
export type PlanDeps = Uses<"config" | "kolada" | "now" | "settings" | "store">;
export type CalendarDeps = ActivePlanDeps & Uses<"audit" | "now" | "workingHours">;
export type RemindDeps = ActivePlanDeps & Uses<"reminders">;
export type ReportDeps = ActivePlanDeps & ReportingUseDeps;
export type ComparisonDeps = ActivePlanDeps & Uses<"audit" | "now">;
export type ResponsiblesDeps = ActivePlanDeps &
  Uses<"addressBook" | "appInstaller" | "audit" | "now">;
export type SummaryCommandDeps = ActivePlanDeps &
  Uses<"audit" | "now" | "workingHours" | "summaries">;
