// The admins a digest or notice can go to: every admin of the AdminDirectory whom the address book
// can reach (a 1:1 chat, still installed, not failed for good), each once.
import type { AdminDirectory } from "../admins/admin-directory";
import type { AddressBook } from "../people/address-book";

export interface AdminRecipient {
  /** How the admin is listed (UPN, e-mail or object id), lower case. */
  recipient: string;
  name: string;
}

export async function reachableAdmins(
  admins: AdminDirectory,
  addressBook: AddressBook,
): Promise<AdminRecipient[]> {
  const found = new Map<string, AdminRecipient>();
  for (const { id } of await admins.list()) {
    const person = await addressBook.findPerson(id);
    if (!person?.reference || !person.active || person.unreachable) continue;
    if (!found.has(person.aadObjectId)) {
      found.set(person.aadObjectId, { recipient: id.toLowerCase(), name: person.name });
    }
  }
  return [...found.values()];
}
