// The port's Table over the Azure SDK's TableClient. Every call has a time limit; a table that is
// gone (storage came back empty) is created again and the call tried once more; the service's
// status codes become the port's answers (undefined, false, StorageConflict, STORAGE_UNAVAILABLE).
import type { TableClient } from "@azure/data-tables";
import type { z } from "zod";
import { DomainError, isDomainError } from "../errors";
import { deadline } from "./deadline";
import { isOutage, isTableNotFound, statusOf } from "./sdk-errors";
import { StorageConflict, storageUnavailable } from "./storage-errors";
import type {
  BatchAction,
  Entity,
  QueryOptions,
  Row,
  StoredRow,
  Table,
  WriteMode,
} from "./table-port";
import { odata } from "./odata";
import { collect, conflictReason, describe, stored, toTransactionAction } from "./sdk-rows";

export interface TableSettings {
  timeoutMs: number;
  /** Told when a table the process had used was gone and has been created again. */
  onTableRecreated?: (table: string) => void;
}

export class SdkTable implements Table {
  private created: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly client: TableClient,
    private readonly settings: TableSettings,
  ) {}

  async get(partitionKey: string, rowKey: string): Promise<StoredRow | undefined> {
    try {
      const row = await this.call("get", (abortSignal) =>
        this.client.getEntity<Entity>(partitionKey, rowKey, { abortSignal }),
      );
      return stored(row);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async getParsed<T>(
    partitionKey: string,
    rowKey: string,
    schema: z.ZodType<T>,
  ): Promise<(T & { etag: string }) | undefined> {
    const row = await this.get(partitionKey, rowKey);
    if (!row) return undefined;
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new DomainError(
        "STORAGE_UNAVAILABLE",
        `En sparad rad i tabellen ${this.name} går inte att läsa (${rowKey}).`,
        { issues: parsed.error.issues },
      );
    }
    return { ...parsed.data, etag: row.etag };
  }

  async *query(options: QueryOptions): AsyncIterable<StoredRow> {
    await this.ensureTable();
    yield* this.pages(options, true);
  }

  /** Reads at most one row: whether the table can be read now (a lost one is created again). */
  async probe(): Promise<void> {
    await this.ensureTable();
    for await (const _row of this.pages({}, true, 1)) return;
  }

  async partition(partitionKey: string): Promise<StoredRow[]> {
    return collect(this.query({ filter: odata`PartitionKey eq ${partitionKey}` }));
  }

  async range(partitionKey: string, from: string, to: string): Promise<StoredRow[]> {
    return collect(
      this.query({
        filter: odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`,
      }),
    );
  }

  async create(row: Row): Promise<boolean> {
    try {
      await this.call("create", (abortSignal) => this.client.createEntity(row, { abortSignal }));
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw error;
    }
  }

  async upsert(row: Row, mode: WriteMode): Promise<void> {
    await this.call("upsert", (abortSignal) =>
      this.client.upsertEntity(row, mode, { abortSignal }),
    );
  }

  async update(row: Row, mode: WriteMode, etag?: string): Promise<string> {
    try {
      const response = await this.call("update", (abortSignal) =>
        this.client.updateEntity(row, mode, { etag, abortSignal }),
      );
      return response.etag ?? "";
    } catch (error) {
      throw this.conflictOr(error);
    }
  }

  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
    try {
      await this.call("delete", (abortSignal) =>
        this.client.deleteEntity(partitionKey, rowKey, { etag, abortSignal }),
      );
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw this.conflictOr(error);
    }
  }

  async batch(actions: readonly BatchAction[]): Promise<(string | undefined)[]> {
    if (actions.length === 0) return [];
    try {
      const response = await this.call("batch", (abortSignal) =>
        this.client.submitTransaction(actions.map(toTransactionAction), { abortSignal }),
      );
      return response.subResponses.map((sub) => sub.etag);
    } catch (error) {
      throw this.conflictOr(error);
    }
  }

  /** The table exists (created once per process, and again after it was lost). */
  ensureTable(): Promise<void> {
    if (!this.created) {
      const creating = this.timed("createTable", (abortSignal) =>
        this.client.createTable({ abortSignal }),
      ).catch((error: unknown) => {
        this.created = undefined; // try again on the next call
        throw this.translate("createTable", error);
      });
      this.created = creating;
    }
    return this.created;
  }

  private async call<T>(what: string, operation: (signal: AbortSignal) => Promise<T>): Promise<T> {
    await this.ensureTable();
    try {
      return await this.timed(what, operation);
    } catch (error) {
      if (!isTableNotFound(error)) throw this.translate(what, error);
    }
    await this.recreate();
    try {
      return await this.timed(what, operation);
    } catch (error) {
      throw this.translate(what, error);
    }
  }

  private async recreate(): Promise<void> {
    this.created = undefined;
    await this.ensureTable();
    this.settings.onTableRecreated?.(this.name);
  }

  private async timed<T>(what: string, operation: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const limit = deadline(this.settings.timeoutMs);
    try {
      return await operation(limit.signal);
    } catch (error) {
      if (limit.expired()) throw this.timeout(what);
      throw error;
    } finally {
      limit.clear();
    }
  }

  private async *pages(
    options: QueryOptions,
    mayRecreate: boolean,
    maxPageSize?: number,
  ): AsyncIterable<StoredRow> {
    const limit = deadline(this.settings.timeoutMs);
    const pages = this.client
      .listEntities<Entity>({
        queryOptions: { filter: options.filter, select: options.select },
        abortSignal: limit.signal,
      })
      .byPage({ maxPageSize });
    let first = true;
    try {
      for (;;) {
        limit.extend(); // the clock runs only while we wait for a page, not while rows are used
        let page: IteratorResult<Entity[]>;
        try {
          page = await pages.next();
        } catch (error) {
          if (limit.expired()) throw this.timeout("query");
          if (!(first && mayRecreate && isTableNotFound(error)))
            throw this.translate("query", error);
          limit.clear();
          await this.recreate();
          yield* this.pages(options, false, maxPageSize);
          return;
        }
        limit.clear();
        if (page.done) return;
        first = false;
        for (const row of page.value) yield stored(row);
      }
    } finally {
      limit.clear();
    }
  }

  private timeout(what: string): DomainError {
    return storageUnavailable(this.name, `${what}: no answer in ${this.settings.timeoutMs} ms`);
  }

  private translate(what: string, error: unknown): unknown {
    if (isDomainError(error)) return error;
    if (isOutage(error)) return storageUnavailable(this.name, `${what}: ${describe(error)}`);
    return error;
  }

  private conflictOr(error: unknown): unknown {
    const reason = conflictReason(statusOf(error));
    return reason && !isDomainError(error) ? new StorageConflict(reason, this.name) : error;
  }
}
