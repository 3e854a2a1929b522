// What the bot's parts may call: the domain services (services/compose.ts) and the two loops the
// bot runs on them, built once at start (bot/compose-bot.ts) and passed in, so tests build the same
// graph on their own Azurite and fakes.
import type { DomainServices } from "../services/compose";
import type { ReminderRuntime } from "../services/reminders/reminder-runtime";
import type { SummaryRuntime } from "./summary/summary-port";

export interface BotServices extends DomainServices {
  /** The reminder scheduler, its sender and `påminn`. */
  reminders: ReminderRuntime;
  /** Leadership summaries: `sammanställ`, and the sweep that posts at deadlines. */
  summaries: SummaryRuntime;
}
