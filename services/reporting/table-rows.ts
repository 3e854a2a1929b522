// Reading rows of the reporting tables: the rows of a partition whose keys start with a prefix (one
// range query through the storage port).
import type { StoredRow, Table } from "../storage/tables";
import { prefixRange } from "./report-rows";

export async function rangeRows(
  table: Table,
  partition: string,
  prefix: string,
): Promise<StoredRow[]> {
  const { from, to } = prefixRange(prefix);
  return table.range(partition, from, to);
}
