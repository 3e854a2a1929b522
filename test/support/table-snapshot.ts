// Every row of every table a test bot has (by its table prefix), without the storage's own
// metadata: for asserting that an attack changed nothing. Refusals counted in the audit log are
// listed apart, since counting them is the point.
// eslint-disable-next-line no-restricted-imports -- a test's view of all tables; the port has no "list tables"
import { TableClient, TableServiceClient } from "@azure/data-tables";
import { testConnectionString } from "./storage";

export interface Snapshot {
  rows: Record<string, unknown[]>;
  refusals: unknown[];
}

const options = { allowInsecureConnection: true };

export async function snapshot(prefix: string): Promise<Snapshot> {
  const service = TableServiceClient.fromConnectionString(testConnectionString(), options);
  const rows: Record<string, unknown[]> = {};
  const refusals: unknown[] = [];
  for await (const table of service.listTables()) {
    const name = table.name ?? "";
    if (!name.startsWith(prefix)) continue;
    const client = TableClient.fromConnectionString(testConnectionString(), name, options);
    const list: unknown[] = [];
    for await (const entity of client.listEntities<Record<string, unknown>>()) {
      const { etag: _etag, timestamp: _timestamp, ...row } = entity;
      // A 1:1 conversation reference is refreshed with each message's id: not data an attack changes.
      if (typeof row.reference === "string")
        row.reference = row.reference.replace(/"activityId":"[^"]*",?/, "");
      const isRefusal = typeof row.action === "string" && /\.refused/.test(row.action);
      (isRefusal ? refusals : list).push(row);
    }
    // A table made on first use holds nothing yet: the same as no table.
    if (list.length > 0) rows[name.slice(prefix.length)] = list;
  }
  return { rows, refusals };
}
