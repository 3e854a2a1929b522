// A TableStore on the run's Azurite with a prefix of its own, so test files never see each other's rows.
import { randomBytes } from "node:crypto";
import { createTableStore, type TableStore } from "../../services/storage/tables";

export function testConnectionString(): string {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString)
    throw new Error("Azurite was not started: run the tests with jest (global setup).");
  return connectionString;
}

export function uniquePrefix(): string {
  return `t${randomBytes(5).toString("hex")}`;
}

export function testTableStore(prefix = uniquePrefix()): TableStore {
  return createTableStore({ connectionString: testConnectionString(), prefix });
}
