// The people an admin has named leadership (`ledning lägg till <person>`): they see the summaries
// and their drill-downs wherever the card reaches them, not only in the leadership channel.
// Stored and audited as admins are.
//
// Table `Leadership`: PK "leadership", RK <UPN or e-mail, lower case>.
import { odata } from "@azure/data-tables";
import type { AuditLog } from "../audit/audit-log";
import { identifiersOf, type Person } from "../people/person";
import { escapeKey, statusOf, type TableStore } from "../storage/tables";

const TABLE = "Leadership";
const PARTITION = "leadership";

export class LeadershipDirectory {
  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
  ) {}

  async isNamed(person: Pick<Person, "aadObjectId" | "upn" | "email">): Promise<boolean> {
    const table = await this.store.table(TABLE);
    for (const id of identifiersOf(person)) {
      try {
        await table.getEntity(PARTITION, escapeKey(id));
        return true;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    return false;
  }

  async list(): Promise<string[]> {
    const table = await this.store.table(TABLE);
    const named: string[] = [];
    for await (const row of table.listEntities<{ id: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` },
    })) {
      named.push(row.id);
    }
    return named.sort();
  }

  async add(id: string, actor: string): Promise<{ added: boolean }> {
    const table = await this.store.table(TABLE);
    try {
      await table.createEntity({
        partitionKey: PARTITION,
        rowKey: escapeKey(id),
        id,
        addedBy: actor,
      });
    } catch (error) {
      if (statusOf(error) === 409) return { added: false };
      throw error;
    }
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
    const table = await this.store.table(TABLE);
    try {
      await table.deleteEntity(PARTITION, escapeKey(id));
    } catch (error) {
      if (statusOf(error) === 404) return { removed: false };
      throw error;
    }
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
