// The port to Table Storage: what a capability store may do with a table, and nothing else. Stores
// speak rows and ETags; the SDK, its status codes, timeouts and table creation stay behind this port
// (sdk-table.ts), so 404, 409 and 412 are handled once, there.
import type { z } from "zod";

/** A row's properties as Table Storage gives them back. */
export type Entity = Record<string, unknown>;

/** A row to write: its keys and properties (`undefined` properties are not allowed by the service). */
export type Row = Entity & { partitionKey: string; rowKey: string };

/** A row as read: with its keys and the ETag of the version read. */
export type StoredRow = Entity & { partitionKey: string; rowKey: string; etag: string };

/** Merge keeps properties the row does not name; Replace drops them. */
export type WriteMode = "Merge" | "Replace";

export type RowKeys = { partitionKey: string; rowKey: string };

/** One write of a transaction: all in one partition, at most 100, all or none. */
export type BatchAction =
  | readonly ["create", Row]
  | readonly ["upsert", Row, WriteMode]
  | readonly ["update", Row, WriteMode, { etag?: string }]
  | readonly ["delete", RowKeys];

export interface QueryOptions {
  /** An OData filter, built with `odata` from ./odata so values are quoted. */
  filter?: string;
  /** Properties to return (e.g. ["RowKey"]); all when left out. */
  select?: string[];
}

export interface Table {
  readonly name: string;
  /** The row, or undefined when there is none. */
  get(partitionKey: string, rowKey: string): Promise<StoredRow | undefined>;
  /** The row checked with `schema`, or undefined; a row that fails the check is STORAGE_UNAVAILABLE. */
  getParsed<T>(
    partitionKey: string,
    rowKey: string,
    schema: z.ZodType<T>,
  ): Promise<(T & { etag: string }) | undefined>;
  /** Rows matching the filter, page by page as they are read. */
  query(options: QueryOptions): AsyncIterable<StoredRow>;
  /** Every row of one partition. */
  partition(partitionKey: string): Promise<StoredRow[]>;
  /** The rows of one partition with `from <= RowKey < to`. */
  range(partitionKey: string, from: string, to: string): Promise<StoredRow[]>;
  /** Writes a new row; false (and nothing written) when a row with its keys exists. */
  create(row: Row): Promise<boolean>;
  /** Writes the row whether or not it exists. */
  upsert(row: Row, mode: WriteMode): Promise<void>;
  /**
   * Changes an existing row, only if it is unchanged since `etag` was read (no etag: any version).
   * Returns the new ETag. StorageConflict ("changed" or "missing") when it is not.
   */
  update(row: Row, mode: WriteMode, etag?: string): Promise<string>;
  /** Deletes the row (only that version, with an etag); false when there was none. */
  delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean>;
  /** One transaction: all writes or none. Returns each write's new ETag. StorageConflict when refused. */
  batch(actions: readonly BatchAction[]): Promise<(string | undefined)[]>;
}

/** Whether the stored data can be read now, and if not why. */
export type StorageCheck = { ok: true } | { ok: false; reason: string };

export interface TableStore {
  /** The named table (with the installation's prefix); created on first use and when lost. */
  table(name: string): Table;
  /** Reads one row from every table used so far, and the account itself: what /healthz reports. */
  check(): Promise<StorageCheck>;
}
