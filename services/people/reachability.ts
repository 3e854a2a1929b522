// Whether the bot can reach the people a plan names: a 1:1 conversation reference that is still
// active and has not failed for good. Those it cannot reach are listed to the admin with what to do.
// Someone who has not installed the app but is in a team the bot is in can still be reached: the
// reminders open the 1:1 chat from the team's roster and store its reference, after which they
// count as reachable here (activeTeamChannels lists the teams to look in).
import { odata } from "../storage/odata";
import type { TableStore } from "../storage/tables";
import type { AddressBook, ChannelAddress, PersonAddress } from "./address-book";

export type Reach = "reachable" | "notInstalled" | "uninstalled" | "blocked";

export interface PersonReach {
  identifier: string;
  name?: string;
  reach: Reach;
}

export async function reachOf(addressBook: AddressBook, identifier: string): Promise<PersonReach> {
  const person = await addressBook.findPerson(identifier);
  return { identifier, name: person?.name, reach: classify(person) };
}

function classify(person: PersonAddress | undefined): Reach {
  if (!person?.reference) return "notInstalled";
  if (person.unreachable) return "blocked";
  return person.active ? "reachable" : "uninstalled";
}

/**
 * The team channels the bot is in and has not been removed from, one per team: where rosters are
 * read to reach people who have not installed the app. (The `channel` rows of the address book's
 * table, each read through the address book.)
 */
export async function activeTeamChannels(
  store: TableStore,
  addressBook: AddressBook,
): Promise<ChannelAddress[]> {
  const channels = new Map<string, ChannelAddress>();
  for await (const row of store.table("Addresses").query({
    filter: odata`PartitionKey eq ${"channel"}`,
    select: ["conversationId"],
  })) {
    if (typeof row.conversationId !== "string" || !row.conversationId) continue;
    const channel = await addressBook.getChannel(row.conversationId);
    if (channel?.active && channel.teamId && !channels.has(channel.teamId)) {
      channels.set(channel.teamId, channel);
    }
  }
  return [...channels.values()];
}
