// Where the bot can reach people and channels: the conversation reference Teams gave us on install
// (kept opaque here; bot/ owns its shape), who the person is, and whether the address still works.
//
// Table `Addresses`:
//   PK "person"  RK <aadObjectId>        the person, their reference, active/unreachable
//   PK "alias"   RK <upn or e-mail>      → aadObjectId, so plans can name people by UPN
//   PK "channel" RK <conversation id>    a team channel the bot is in
//
// Every write to a person's row changes the people version (services/shared-state), so what an
// instance remembers of senders (known-senders.ts) is forgotten everywhere.
import { z } from "zod";
import { odata } from "../storage/odata";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type TableStore } from "../storage/tables";
import { bumpPeopleVersion } from "../shared-state/shared-version";
import { KnownSenders } from "./known-senders";
import type { Person } from "./person";
import { identifiersOf } from "./person";

export type Reference = Record<string, unknown>;

export interface PersonAddress extends Person {
  reference?: Reference;
  /** False after uninstall; reminders skip inactive references. */
  active: boolean;
  /** Why the last send failed for good (403), if it did. */
  unreachable?: string;
  updatedAt: string;
}

export interface ChannelAddress {
  conversationId: string;
  name?: string;
  teamId?: string;
  tenantId?: string;
  reference: Reference;
  active: boolean;
  updatedAt: string;
}

const optionalText = z.string().optional().catch(undefined);
const personRowSchema = z.object({
  aadObjectId: z.string(),
  name: z.string().catch(""),
  upn: optionalText,
  email: optionalText,
  tenantId: optionalText,
  reference: optionalText,
  active: z.boolean().optional().catch(undefined),
  unreachable: optionalText,
  updatedAt: z.string().catch(""),
});
type PersonRow = z.infer<typeof personRowSchema> & { partitionKey: string; rowKey: string };

const TABLE = "Addresses";

export class AddressBook {
  private readonly senders: KnownSenders<PersonAddress>;

  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date = () => new Date(),
    /** A monotonic clock for how long a remembered sender is trusted (tests move it). */
    clock?: () => number,
  ) {
    this.senders = new KnownSenders(store, (id) => this.getPerson(id), clock);
  }

  /** The sender's row as stored: from this instance's memory while no person's row was written. */
  knownSender(aadObjectId: string): Promise<PersonAddress | undefined> {
    return this.senders.get(aadObjectId);
  }

  /** Records who a person is, and how to reach them when a reference is given. */
  async rememberPerson(person: Person, reference?: Reference): Promise<void> {
    const table = this.store.table(TABLE);
    const row: Partial<PersonRow> & { partitionKey: string; rowKey: string } = {
      partitionKey: "person",
      rowKey: escapeKey(person.aadObjectId),
      aadObjectId: person.aadObjectId,
      name: person.name,
      updatedAt: this.now().toISOString(),
    };
    if (person.upn) row.upn = person.upn.toLowerCase();
    if (person.email) row.email = person.email.toLowerCase();
    if (person.tenantId) row.tenantId = person.tenantId;
    if (reference) {
      row.reference = JSON.stringify(reference);
      row.active = true;
      row.unreachable = "";
    }
    // Two partitions cannot share a transaction, so the order is what keeps this whole: the aliases
    // first (one transaction), the person's row last. A fault between them leaves aliases pointing
    // at a row that does not yet say so; that person is still "changed" (or new) to
    // rememberSender, so their next message writes both again. The other order would leave a row
    // that claims a UPN no alias finds, which nothing would ever notice or repair.
    const aliases = [...new Set(identifiersOf(person))].filter(
      (id) => id !== person.aadObjectId.toLowerCase(),
    );
    if (aliases.length > 0) {
      await table.batch(
        aliases.map(
          (alias) =>
            [
              "upsert",
              { partitionKey: "alias", rowKey: escapeKey(alias), aadObjectId: person.aadObjectId },
              "Replace",
            ] as const,
        ),
      );
    }
    this.senders.forget(person.aadObjectId);
    await table.upsert(row, "Merge");
    await bumpPeopleVersion(this.store);
  }

  async deactivatePerson(aadObjectId: string): Promise<void> {
    await this.changePerson(aadObjectId, { active: false });
  }

  async markUnreachable(aadObjectId: string, reason: string): Promise<void> {
    await this.changePerson(aadObjectId, { unreachable: reason });
  }

  private async changePerson(aadObjectId: string, fields: Record<string, unknown>): Promise<void> {
    this.senders.forget(aadObjectId);
    if (await this.mergeIfExists("person", aadObjectId, fields)) {
      await bumpPeopleVersion(this.store);
    }
  }

  async getPerson(aadObjectId: string): Promise<PersonAddress | undefined> {
    const row = await this.store
      .table(TABLE)
      .getParsed("person", escapeKey(aadObjectId), personRowSchema);
    return row ? toPerson(row) : undefined;
  }

  /** Finds a person by UPN, e-mail or object id, case-insensitively. */
  async findPerson(identifier: string): Promise<PersonAddress | undefined> {
    const id = identifier.trim().toLowerCase();
    const direct = await this.getPerson(identifier.trim());
    if (direct) return direct;
    const alias = await this.store.table(TABLE).get("alias", escapeKey(id));
    return typeof alias?.aadObjectId === "string" ? this.getPerson(alias.aadObjectId) : undefined;
  }

  async listPeople(): Promise<PersonAddress[]> {
    const people: PersonAddress[] = [];
    for await (const row of this.store
      .table(TABLE)
      .query({ filter: odata`PartitionKey eq ${"person"}` })) {
      people.push(toPerson(personRowSchema.parse(row)));
    }
    return people;
  }

  async rememberChannel(channel: Omit<ChannelAddress, "active" | "updatedAt">): Promise<void> {
    await this.store.table(TABLE).upsert(
      {
        partitionKey: "channel",
        rowKey: escapeKey(channel.conversationId),
        conversationId: channel.conversationId,
        name: channel.name ?? "",
        teamId: channel.teamId ?? "",
        tenantId: channel.tenantId ?? "",
        reference: JSON.stringify(channel.reference),
        active: true,
        updatedAt: this.now().toISOString(),
      },
      "Merge",
    );
  }

  async deactivateChannel(conversationId: string): Promise<void> {
    await this.mergeIfExists("channel", conversationId, { active: false });
  }

  async getChannel(conversationId: string): Promise<ChannelAddress | undefined> {
    const row = await this.store.table(TABLE).get("channel", escapeKey(conversationId));
    if (!row) return undefined;
    return {
      conversationId: String(row.conversationId),
      name: stringOr(row.name),
      teamId: stringOr(row.teamId),
      tenantId: stringOr(row.tenantId),
      reference: JSON.parse(String(row.reference)) as Reference,
      active: row.active === true,
      updatedAt: String(row.updatedAt),
    };
  }

  /** False when there was no such row. */
  private async mergeIfExists(
    kind: string,
    id: string,
    fields: Record<string, unknown>,
  ): Promise<boolean> {
    try {
      await this.store.table(TABLE).update(
        {
          partitionKey: kind,
          rowKey: escapeKey(id),
          ...fields,
          updatedAt: this.now().toISOString(),
        },
        "Merge",
      );
      return true;
    } catch (error) {
      if (!isStorageConflict(error, "missing")) throw error; // never seen: nothing to mark
      return false;
    }
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function toPerson(row: z.infer<typeof personRowSchema>): PersonAddress {
  const person: PersonAddress = {
    aadObjectId: row.aadObjectId,
    name: row.name,
    active: row.active === true,
    updatedAt: row.updatedAt,
  };
  if (row.upn) person.upn = row.upn;
  if (row.email) person.email = row.email;
  if (row.tenantId) person.tenantId = row.tenantId;
  if (row.reference) person.reference = JSON.parse(row.reference) as Reference;
  if (row.unreachable) person.unreachable = row.unreachable;
  return person;
}

/**
 * Greets once per installation: Teams announces an install with both installationUpdate and
 * conversationUpdate, and may repeat either. The first caller wins; uninstall clears the mark.
 */
export class GreetingLedger {
  constructor(private readonly store: TableStore) {}

  async claim(conversationId: string): Promise<boolean> {
    return this.store
      .table(TABLE)
      .create({ partitionKey: "greeted", rowKey: escapeKey(conversationId) });
  }

  async release(conversationId: string): Promise<void> {
    await this.store.table(TABLE).delete("greeted", escapeKey(conversationId));
  }
}
