// Every chat command the bot understands: its words in Swedish and English, who may run it, where,
// and how the help card and the Teams command menu describe it. The parser and the help card both
// read this list, so a command is described exactly as it is understood. Each group of commands
// has its file in catalog/; this joins them in the order the help card and the Teams menu show.
import type { CommandSpec as Spec } from "./catalog/command-spec";
import { HELP_COMMANDS, type HelpCommandId } from "./catalog/help-commands";
import { PLAN_COMMANDS, type PlanCommandId } from "./catalog/plan-commands";
import { REPORT_COMMANDS, type ReportCommandId } from "./catalog/report-commands";
import { CALENDAR_COMMANDS, type CalendarCommandId } from "./catalog/calendar-commands";
import { RESPONSIBLES_COMMANDS, type ResponsiblesCommandId } from "./catalog/responsibles-commands";
import { SUMMARY_COMMANDS, type SummaryCommandId } from "./catalog/summary-commands";
import { COMPARISON_COMMANDS, type ComparisonCommandId } from "./catalog/comparison-commands";
import { ADMIN_COMMANDS, type AdminCommandId } from "./catalog/admin-commands";
import { LEADERSHIP_COMMANDS, type LeadershipCommandId } from "./catalog/leadership-commands";
import { DEPUTY_COMMANDS, type DeputyCommandId } from "./catalog/deputy-commands";
import { PLANS_COMMANDS, type PlansCommandId } from "./catalog/plans-commands";

export type CommandId =
  | HelpCommandId
  | PlanCommandId
  | ReportCommandId
  | CalendarCommandId
  | ResponsiblesCommandId
  | SummaryCommandId
  | ComparisonCommandId
  | AdminCommandId
  | LeadershipCommandId
  | DeputyCommandId
  | PlansCommandId;

export type CommandSpec = Spec<CommandId>;

export const COMMANDS: readonly CommandSpec[] = [
  ...HELP_COMMANDS,
  ...PLAN_COMMANDS,
  ...REPORT_COMMANDS,
  ...CALENDAR_COMMANDS,
  ...RESPONSIBLES_COMMANDS,
  ...SUMMARY_COMMANDS,
  ...COMPARISON_COMMANDS,
  ...ADMIN_COMMANDS,
  ...LEADERSHIP_COMMANDS,
  ...DEPUTY_COMMANDS,
  ...PLANS_COMMANDS,
];
