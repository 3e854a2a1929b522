// Keeping the address book current from the people who write to the bot, without writing on every
// message: the person's row (and aliases) is written only when something about them changed: a
// new name, UPN, e-mail or tenant, a new 1:1 chat, or a person who was inactive or unreachable and
// now writes again. A plain message from a known person writes nothing.
import type { AddressBook, PersonAddress, Reference } from "./address-book";
import type { Person } from "./person";

/** Writes the person only if `known` (as read this turn) differs; true when it wrote. */
export async function rememberSender(
  book: AddressBook,
  known: PersonAddress | undefined,
  person: Person,
  reference?: Reference,
): Promise<boolean> {
  if (known && !changed(known, person, reference)) return false;
  await book.rememberPerson(person, reference);
  return true;
}

function changed(known: PersonAddress, person: Person, reference?: Reference): boolean {
  if (person.name !== known.name) return true;
  if (person.upn && person.upn.toLowerCase() !== known.upn) return true;
  if (person.email && person.email.toLowerCase() !== known.email) return true;
  if (person.tenantId && person.tenantId !== known.tenantId) return true;
  if (!reference) return false;
  if (!known.active || known.unreachable) return true;
  return !sameReference(known.reference, reference);
}

/** The activity id in a reference is that of the message it came with: not part of the address. */
function sameReference(stored: Reference | undefined, fresh: Reference): boolean {
  if (!stored) return false;
  return addressOf(stored) === addressOf(fresh);
}

// A remembered sender's stored reference is the same object turn after turn (known-senders.ts).
const addresses = new WeakMap<Reference, string>();

function addressOf(reference: Reference): string {
  let address = addresses.get(reference);
  if (address === undefined) {
    const { activityId: _activityId, ...rest } = reference;
    address = canonical(rest);
    addresses.set(reference, address);
  }
  return address;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
