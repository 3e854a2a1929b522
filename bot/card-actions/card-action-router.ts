// What a card action is: the verb's access (asked of the policy before the handler reads anything),
// where its resource is in the card's data, and the handler that answers with the card that replaces
// the one acted on, or a message. The table of every verb is card-action-table.ts. Each handler
// names the few services it uses (`CardActionHandler<Uses<…>>`); only the runner, which reaches
// every handler, holds the whole BotServices.
import type { TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../../cards/render";
import type { Access, Actor } from "../../services/access";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import type { BotServices } from "../services";

export interface CardActionInput {
  context: TurnContext;
  sender: Person;
  /** What the access policy knew when it allowed the action. */
  actor: Actor;
  isAdmin: boolean;
  locale: Locale;
  verb: string;
  /** The card's data, unparsed: each handler parses it with its own schema. */
  data: unknown;
}

export type CardActionResult =
  /** Replaces the card the person acted on (invoke response, or updateActivity for Submit). */
  | {
      kind: "card";
      card: AdaptiveCard;
      /** A command to run next, as if the person had written it (the plan choice's command). */
      then?: string;
    }
  /** A short message: shown by Teams for an invoke, sent as a reply for a Submit. */
  | { kind: "message"; text: string };

/** A handler names its deps (`CardActionHandler<ReportActionDeps>`); there is no default. */
export type CardActionHandler<Deps> = (
  input: CardActionInput,
  services: Deps,
) => Promise<CardActionResult>;

export interface CardActionSpec {
  access: Access;
  /** Any handler whose deps the whole BotServices gives (the runner passes the whole). */
  handler: CardActionHandler<BotServices>;
  /** What the card's data names: a unit (default), or a reporter role (its id in roleId or unitId). */
  subject?: "unit" | "role";
}
