// What the bot's parts may call: the domain services (services/compose.ts) and the two loops the
// bot runs on them, built once at start (bot/compose-bot.ts) and passed in, so tests build the same
// graph on their own Azurite and fakes. The whole of it goes only where every handler is reached
// from (the command router, the card action runner, the turn handler); a handler or card action
// names the few services it uses with `Uses<…>`, and the raw store is not one of them.
import type { DomainServices } from "../services/compose";
import type { ReminderRuntime } from "../services/reminders/reminder-runtime";
import type { SummaryRuntime } from "./summary/summary-port";

export interface BotServices extends DomainServices {
  /** The reminder scheduler, its sender and `påminn`. */
  reminders: ReminderRuntime;
  /** Leadership summaries: `sammanställ`, and the sweep that posts at deadlines. */
  summaries: SummaryRuntime;
}

/** The services a handler uses, by name. Not the store: a handler reads and writes through ports. */
export type Uses<K extends Exclude<keyof BotServices, "store">> = Pick<BotServices, K>;
