// Who sent this activity: the Entra ID object id from the activity, and the UPN and e-mail from the
// roster (asked once, then remembered in the address book).
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { PersonAddress } from "../services/people/address-book";
import type { Person } from "../services/people/person";
import type { BotServices } from "./services";

export async function resolveSender(context: TurnContext, services: BotServices): Promise<Person> {
  return (await resolveSenderAddress(context, services)).sender;
}

/** The sender, and their address-book row as read now (to write it only when it changed). */
export async function resolveSenderAddress(
  context: TurnContext,
  services: BotServices,
): Promise<{ sender: Person; known?: PersonAddress }> {
  const from = context.activity.from;
  const aadObjectId = from.aadObjectId ?? from.id;
  const tenantId = tenantOf(context);
  const known = await services.addressBook.getPerson(aadObjectId);
  if (known?.upn || known?.email) {
    const sender: Person = {
      aadObjectId,
      name: from.name ?? known.name,
      upn: known.upn,
      email: known.email,
      tenantId,
    };
    return { sender, known };
  }
  const person: Person = { aadObjectId, name: from.name ?? "", tenantId };
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    if (member.userPrincipalName) person.upn = member.userPrincipalName.toLowerCase();
    if (member.email) person.email = member.email.toLowerCase();
    if (member.name) person.name = member.name;
  } catch (error) {
    // Outside Teams (or a roster that will not answer) the person is known by object id alone.
    services.logger.debug({ err: error, module: "identity" }, "roster lookup failed");
  }
  await services.addressBook.rememberPerson(person);
  return { sender: person };
}

export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? undefined;
}
