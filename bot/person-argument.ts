// Reads the person a command names: an @mention (resolved through the roster) or a UPN/e-mail.
import { TeamsInfo, type TurnContext } from "botbuilder";
import { DomainError } from "../services/errors";
import type { Person } from "../services/people/person";
import { parseUpn } from "../services/people/upn";
import { LOOKUP_TIMEOUT_MS, withTimeout } from "./identity";

export interface NamedPerson {
  /** What to store and show: the UPN or e-mail, lower case. */
  identifier: string;
  person?: Person;
  /** What was written before the person (`ansvarig <enhet> <person>`: the unit). */
  rest: string;
}

export async function personArgument(context: TurnContext, args: string): Promise<NamedPerson> {
  const botId = context.activity.recipient.id;
  const mention = (context.activity.entities ?? []).find(
    (entity) =>
      entity.type === "mention" &&
      (entity as { mentioned?: { id?: string } }).mentioned?.id !== botId,
  ) as { mentioned?: { id: string; name?: string } } | undefined;
  if (mention?.mentioned) {
    const member = await withTimeout(
      TeamsInfo.getMember(context, mention.mentioned.id),
      LOOKUP_TIMEOUT_MS,
    ).catch(() => undefined);
    const identifier = (member?.userPrincipalName ?? member?.email ?? "").toLowerCase();
    if (!member || !identifier) {
      throw new DomainError(
        "NOT_FOUND",
        `Jag hittar inte ${mention.mentioned.name ?? "personen"} i Teams. Skriv personens e-postadress i stället, t.ex. anna.berg@kommun.se.`,
      );
    }
    return {
      identifier,
      rest: args.replace(/@\S+/g, " ").replace(/\s+/g, " ").trim(),
      person: {
        aadObjectId: member.aadObjectId ?? member.id,
        name: member.name ?? mention.mentioned.name ?? identifier,
        upn: member.userPrincipalName?.toLowerCase(),
        email: member.email?.toLowerCase(),
      },
    };
  }
  // Everything from the first word with an @ is the person: a trailing `' or RowKey ne '` is part
  // of what was written, so it is refused with the rest, never cut off.
  const words = args.trim().split(" ");
  const at = words.findIndex((part) => part.includes("@"));
  if (at < 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Jag förstod inte vilken person du menar${args ? ` (”${args}”)` : ""}. Skriv e-postadressen (UPN), t.ex. anna.berg@kommun.se, eller @-nämn personen.`,
    );
  }
  const written = words
    .slice(at)
    .join(" ")
    .replace(/^<(.*)>$/, "$1");
  const address = /^mailto:(.+)$/i.exec(written)?.[1] ?? written;
  const parsed = parseUpn(address);
  if ("problem" in parsed) throw new DomainError("BAD_ARGUMENT", parsed.problem);
  return { identifier: parsed.upn, rest: words.slice(0, at).join(" ") };
}
