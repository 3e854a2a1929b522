// What a command handler receives and returns. Its own module so that the router and the handlers
// it dispatches to both import it, and neither imports the other back.
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

export type CommandHandler = (
  input: CommandInput,
  services: BotServices,
) => Promise<Partial<Activity>[]>;
