// Who may run admin commands: the bootstrap admins from configuration (BOT_ADMINS) plus those an
// admin has added in chat. Bootstrap admins cannot be removed in chat: they live in configuration.
//
// Table `Admins`: PK "admin", RK <UPN, e-mail or object id, lower case>.
import { odata } from "../storage/odata";
import { DomainError } from "../errors";
import { escapeKey, type TableStore } from "../storage/tables";
import type { AuditLog } from "../audit/audit-log";
import { identifiersOf, type Person } from "../people/person";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { cachedAdminIds } from "./admin-cache";

const TABLE = "Admins";

export class AdminDirectory {
  private readonly bootstrap: Set<string>;

  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
    bootstrapAdmins: string[],
  ) {
    this.bootstrap = new Set(bootstrapAdmins.map((id) => id.toLowerCase()));
  }

  async isAdmin(person: Pick<Person, "aadObjectId" | "upn" | "email">): Promise<boolean> {
    const ids = identifiersOf(person);
    if (ids.some((id) => this.bootstrap.has(id))) return true;
    const added = await cachedAdminIds(this.store, async () =>
      (await this.list()).map((admin) => admin.id.toLowerCase()),
    );
    return ids.some((id) => added.includes(id));
  }

  async list(): Promise<{ id: string; fromConfiguration: boolean }[]> {
    const added: { id: string; fromConfiguration: boolean }[] = [];
    for await (const row of this.store
      .table(TABLE)
      .query({ filter: odata`PartitionKey eq ${"admin"}` })) {
      added.push({ id: String(row.id), fromConfiguration: false });
    }
    return [...[...this.bootstrap].map((id) => ({ id, fromConfiguration: true })), ...added];
  }

  async add(identifier: string, actor: string): Promise<{ added: boolean }> {
    const id = identifier.trim().toLowerCase();
    if (this.bootstrap.has(id)) return { added: false };
    const created = await this.store.table(TABLE).create({
      partitionKey: "admin",
      rowKey: escapeKey(id),
      id,
      addedBy: actor,
    });
    if (!created) return { added: false };
    await bumpSharedVersion(this.store);
    await this.audit.record({
      scope: "system",
      actor,
      action: "admin.add",
      before: null,
      after: id,
    });
    return { added: true };
  }

  async remove(identifier: string, actor: string): Promise<{ removed: boolean }> {
    const id = identifier.trim().toLowerCase();
    if (this.bootstrap.has(id)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${identifier} är administratör via inställningen BOT_ADMINS och kan bara tas bort där.`,
      );
    }
    const deleted = await this.store.table(TABLE).delete("admin", escapeKey(id));
    if (!deleted) return { removed: false };
    await bumpSharedVersion(this.store);
    await this.audit.record({
      scope: "system",
      actor,
      action: "admin.remove",
      before: id,
      after: null,
    });
    return { removed: true };
  }
}
