// The reporters of a plan whom the bot cannot reach because they do not have the app (never
// installed, or removed it): the ones installing the app for them would help. Someone who has
// blocked the bot is left out; installing again does not unblock.
import type { Plan } from "../plan";
import type { AddressBook } from "./address-book";
import { reachOf, type PersonReach } from "./reachability";

export function reportersOf(plan: Plan): string[] {
  return [...new Set(plan.units.flatMap((unit) => unit.reporters.map((r) => r.toLowerCase())))];
}

export async function reachOfReporters(
  addressBook: AddressBook,
  plan: Plan,
): Promise<Map<string, PersonReach>> {
  const reach = new Map<string, PersonReach>();
  for (const upn of reportersOf(plan)) reach.set(upn, await reachOf(addressBook, upn));
  return reach;
}

export function withoutTheApp(reach: Iterable<PersonReach>): PersonReach[] {
  return [...reach].filter((r) => r.reach === "notInstalled" || r.reach === "uninstalled");
}
