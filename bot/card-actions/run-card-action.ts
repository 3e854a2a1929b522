// Runs a card action, from an Action.Execute invoke or an Action.Submit message: finds the verb in
// the table, asks the access policy with what the card's data says it is about (before the handler
// reads anything), then runs the handler. A refusal or a domain error is a message to the person.
import type { TurnContext } from "botbuilder";
import { z } from "zod";
import { DomainError } from "../../services/errors";
import type { Locale } from "../../services/i18n/locale";
import { authorize } from "../access-check";
import { resolveSender } from "../identity";
import type { BotServices } from "../services";
import type { CardActionResult } from "./card-action-router";
import { cardAction } from "./card-action-table";

/** What a card's data says it is about, for the access policy; the handler parses the rest. */
const cardSubject = z.object({
  planId: z.string().max(100).optional(),
  unitId: z.string().max(100).optional(),
  roleId: z.string().max(100).optional(),
});

export async function runCardAction(
  services: BotServices,
  context: TurnContext,
  locale: Locale,
  verb: unknown,
  data: unknown,
): Promise<CardActionResult> {
  const action = cardAction(verb);
  if (!action || typeof verb !== "string") {
    services.logger.warn({ verb: String(verb).slice(0, 100) }, "unknown card action");
    return {
      kind: "message",
      text: "Det kortet känner jag inte igen längre. Skriv hjälp för att se vad du kan göra.",
    };
  }
  const sender = await resolveSender(context, services);
  try {
    const about = cardSubject.safeParse(data);
    const actor = await authorize(services, context, sender, {
      access: action.access,
      what: verb,
      planId: about.success ? about.data.planId : undefined,
      resource:
        action.subject === "role"
          ? { roleId: (about.success && (about.data.roleId ?? about.data.unitId)) || "" }
          : { unitId: about.success ? about.data.unitId : undefined },
      audited: true,
    });
    return await action.handler(
      { context, sender, actor, isAdmin: actor.isAdmin, locale, verb, data },
      services,
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    services.logger.info({ code: error.code, verb }, "card action refused");
    return { kind: "message", text: error.message };
  }
}
