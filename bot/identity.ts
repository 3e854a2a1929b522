// Who sent this activity: the Entra ID object id from the activity, and the UPN and e-mail from the
// roster (asked once, then remembered in the address book). The roster is asked with a short
// timeout, and not again soon after it failed, so a Bot Connector outage never holds up an answer.
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { PersonAddress } from "../services/people/address-book";
import type { Person } from "../services/people/person";
import type { Uses } from "./services";

/** What finding the sender reads and remembers. */
export type IdentityDeps = Uses<"addressBook" | "logger" | "missedLookups">;

export async function resolveSender(context: TurnContext, services: IdentityDeps): Promise<Person> {
  return (await resolveSenderAddress(context, services)).sender;
}

/** The sender, and their address-book row as read now (to write it only when it changed). */
export async function resolveSenderAddress(
  context: TurnContext,
  services: IdentityDeps,
): Promise<{ sender: Person; known?: PersonAddress }> {
  const from = context.activity.from;
  const aadObjectId = from.aadObjectId ?? from.id;
  const tenantId = tenantOf(context);
  const known = await services.addressBook.knownSender(aadObjectId);
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
  if (services.missedLookups.recently(aadObjectId)) {
    return { sender: known ? { ...person, name: person.name || known.name } : person, known };
  }
  try {
    const member = await withTimeout(TeamsInfo.getMember(context, from.id), LOOKUP_TIMEOUT_MS);
    if (member.userPrincipalName) person.upn = member.userPrincipalName.toLowerCase();
    if (member.email) person.email = member.email.toLowerCase();
    if (member.name) person.name = member.name;
  } catch (error) {
    // Outside Teams, or a roster that will not answer: known by object id alone for now, and not
    // asked again for a while (services/people/missed-lookups.ts).
    services.missedLookups.remember(aadObjectId);
    services.logger.debug({ err: error, module: "identity" }, "roster lookup failed");
  }
  await services.addressBook.rememberPerson(person);
  return { sender: person };
}

/** A member lookup made while answering may take this long; the answer does not wait longer. */
export const LOOKUP_TIMEOUT_MS = 1_000;

/** The promise's value, or a rejection after `ms` (the call itself is left to finish or fail). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  promise.catch(() => undefined); // a late failure after the timeout is not unhandled
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? undefined;
}
