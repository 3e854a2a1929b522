// The people an admin has named leadership (`ledning lägg till <person>`): they see the summaries
// and their drill-downs wherever the card reaches them, not only in the leadership channel.
// Stored and audited as admins are, and kept in memory as admins are (under the shared version:
// asking "is this person leadership" reads nothing more than the version row).
//
// Table `Leadership`: PK "leadership", RK <UPN or e-mail, lower case>.
import type { AuditLog } from "../audit/audit-log";
import { identifiersOf, type Person } from "../people/person";
import { odata } from "../storage/odata";
import { escapeKey, type TableStore } from "../storage/tables";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { VersionedCache } from "../shared-state/versioned-cache";

const TABLE = "Leadership";
const PARTITION = "leadership";
const named = new VersionedCache<ReadonlySet<string>>();

export class LeadershipDirectory {
  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
  ) {}

  async isNamed(person: Pick<Person, "aadObjectId" | "upn" | "email">): Promise<boolean> {
    const ids = await named.get(
      this.store,
      "leadership",
      async () => new Set((await this.list()).map((id) => id.toLowerCase())),
    );
    return identifiersOf(person).some((id) => ids.has(id));
  }

  async list(): Promise<string[]> {
    const named: string[] = [];
    for await (const row of this.store
      .table(TABLE)
      .query({ filter: odata`PartitionKey eq ${PARTITION}` })) {
      named.push(String(row.id));
    }
    return named.sort();
  }

  async add(id: string, actor: string): Promise<{ added: boolean }> {
    const created = await this.store
      .table(TABLE)
      .create({ partitionKey: PARTITION, rowKey: escapeKey(id), id, addedBy: actor });
    if (!created) return { added: false };
    await bumpSharedVersion(this.store);
    await this.audit.record({
      scope: "system",
      actor,
      action: "leadership.add",
      before: null,
      after: id,
    });
    return { added: true };
  }

  async remove(id: string, actor: string): Promise<{ removed: boolean }> {
    const deleted = await this.store.table(TABLE).delete(PARTITION, escapeKey(id));
    if (!deleted) return { removed: false };
    await bumpSharedVersion(this.store);
    await this.audit.record({
      scope: "system",
      actor,
      action: "leadership.remove",
      before: id,
      after: null,
    });
    return { removed: true };
  }
}
