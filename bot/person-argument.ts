// Reads the person a command names: an @mention (resolved through the roster) or a UPN/e-mail.
import { TeamsInfo, type TurnContext } from "botbuilder";
import { DomainError } from "../services/errors";
import type { Person } from "../services/people/person";

const UPN = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

export interface NamedPerson {
  /** What to store and show: the UPN or e-mail, lower case. */
  identifier: string;
  person?: Person;
}

export async function personArgument(context: TurnContext, args: string): Promise<NamedPerson> {
  const botId = context.activity.recipient.id;
  const mention = (context.activity.entities ?? []).find(
    (entity) =>
      entity.type === "mention" &&
      (entity as { mentioned?: { id?: string } }).mentioned?.id !== botId,
  ) as { mentioned?: { id: string; name?: string } } | undefined;
  if (mention?.mentioned) {
    const member = await TeamsInfo.getMember(context, mention.mentioned.id).catch(() => undefined);
    const identifier = (member?.userPrincipalName ?? member?.email ?? "").toLowerCase();
    if (!member || !identifier) {
      throw new DomainError(
        "NOT_FOUND",
        `Jag hittar inte ${mention.mentioned.name ?? "personen"} i Teams. Skriv personens e-postadress i stället, t.ex. anna.berg@kommun.se.`,
      );
    }
    return {
      identifier,
      person: {
        aadObjectId: member.aadObjectId ?? member.id,
        name: member.name ?? mention.mentioned.name ?? identifier,
        upn: member.userPrincipalName?.toLowerCase(),
        email: member.email?.toLowerCase(),
      },
    };
  }
  const word =
    args
      .trim()
      .split(" ")
      .find((part) => part.includes("@"))
      ?.replace(/^<|>$/g, "") ?? "";
  const mailto = /^mailto:(.+)$/i.exec(word)?.[1] ?? word;
  if (!UPN.test(mailto)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Jag förstod inte vilken person du menar${args ? ` (”${args}”)` : ""}. Skriv e-postadressen (UPN), t.ex. anna.berg@kommun.se, eller @-nämn personen.`,
    );
  }
  return { identifier: mailto.toLowerCase() };
}
