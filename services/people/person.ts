// A person as the product knows them: who they are in Entra ID (aadObjectId, UPN) and how to reach them
// in Teams (an opaque conversation reference that only bot/ understands).

export interface Person {
  /** Entra ID object id; the stable key. */
  aadObjectId: string;
  name: string;
  /** userPrincipalName, lower case, when known. */
  upn?: string;
  /** e-mail, lower case, when known. */
  email?: string;
  tenantId?: string;
}

/** Who did something, for the audit log and stored records: the UPN, else the e-mail, else the object id. */
export function actorId(person: Pick<Person, "upn" | "email" | "aadObjectId">): string {
  return person.upn ?? person.email ?? person.aadObjectId;
}

/** The identifiers a plan may name a person by (UPN or e-mail), lower-cased. */
export function identifiersOf(person: Pick<Person, "upn" | "email" | "aadObjectId">): string[] {
  return [person.upn, person.email, person.aadObjectId]
    .filter((id): id is string => typeof id === "string" && id.length > 0)
    .map((id) => id.toLowerCase());
}

export function samePerson(
  person: Pick<Person, "upn" | "email" | "aadObjectId">,
  id: string,
): boolean {
  return identifiersOf(person).includes(id.trim().toLowerCase());
}
