// Reading rows of the reporting tables: the rows of a partition whose keys start with a prefix (one
// range query), and a point read that answers undefined for a missing row.
import { odata, type TableClient } from "@azure/data-tables";
import { statusOf } from "../storage/tables";
import { prefixRange } from "./report-rows";

type Entity = Record<string, unknown>;

export async function rangeRows(
  table: TableClient,
  partition: string,
  prefix: string,
): Promise<Entity[]> {
  const { from, to } = prefixRange(prefix);
  const rows: Entity[] = [];
  for await (const row of table.listEntities<Entity>({
    queryOptions: {
      filter: odata`PartitionKey eq ${partition} and RowKey ge ${from} and RowKey lt ${to}`,
    },
  })) {
    rows.push(row);
  }
  return rows;
}

export async function getOrUndefined(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<Entity | undefined> {
  try {
    return await table.getEntity<Entity>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
