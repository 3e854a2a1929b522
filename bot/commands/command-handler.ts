// What a command handler receives and returns. Its own module so that the router and the handlers
// it dispatches to both import it, and neither imports the other back.
import type { Activity, TurnContext } from "botbuilder";
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
  isAdmin: boolean;
}

export type CommandHandler = (
  input: CommandInput,
  services: BotServices,
) => Promise<Partial<Activity>[]>;
