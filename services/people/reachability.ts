// Whether the bot can reach the people a plan names: a 1:1 conversation reference that is still
// active and has not failed for good. Those it cannot reach are listed to the admin with what to do.
import type { AddressBook, PersonAddress } from "./address-book";

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

export const REACH_TEXT: Record<Reach, { sv: string; en: string }> = {
  reachable: { sv: "✔ Nås", en: "✔ Reachable" },
  notInstalled: { sv: "✖ Har inte appen", en: "✖ Has not installed the app" },
  uninstalled: { sv: "✖ Har tagit bort appen", en: "✖ Has removed the app" },
  blocked: { sv: "✖ Blockerad", en: "✖ Blocked" },
};
