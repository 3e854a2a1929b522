// Opens the product's Azure Table Storage tables. One `TableStore` per process; tables are created on
// first use. A prefix keeps tests (and several installations in one account) apart.
import { TableClient, type TableServiceClientOptions } from "@azure/data-tables";
import { DomainError } from "../errors";

export interface TableStoreOptions {
  connectionString: string;
  /** Letters and digits only; prepended to every table name. */
  prefix?: string;
}

export interface TableStore {
  /** The named table, created if it does not exist yet. */
  table(name: string): Promise<TableClient>;
  /** True when the storage account answers. */
  ping(): Promise<boolean>;
}

export function createTableStore(options: TableStoreOptions): TableStore {
  const prefix = options.prefix ?? "";
  if (!/^[A-Za-z0-9]*$/.test(prefix)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Tabellprefixet får bara innehålla bokstäver a–z och siffror.",
    );
  }
  const clientOptions: TableServiceClientOptions = {
    allowInsecureConnection: /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(
      options.connectionString,
    ),
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2000 },
  };
  const ready = new Map<string, Promise<TableClient>>();

  function open(name: string): Promise<TableClient> {
    const fullName = `${prefix}${name}`;
    let client = ready.get(fullName);
    if (!client) {
      const table = TableClient.fromConnectionString(
        options.connectionString,
        fullName,
        clientOptions,
      );
      client = table.createTable().then(() => table);
      client.catch(() => ready.delete(fullName)); // try again on the next call
      ready.set(fullName, client);
    }
    return client;
  }

  return {
    table: open,
    async ping() {
      try {
        const probe = TableClient.fromConnectionString(
          options.connectionString,
          `${prefix}Health`,
          {
            ...clientOptions,
            retryOptions: { maxRetries: 0 },
          },
        );
        await probe.createTable();
        return true;
      } catch {
        return false; // unreachable or refused: /healthz reports it, nothing else to do here
      }
    },
  };
}

/**
 * Table Storage forbids `/ \ # ?` and control characters in keys, and OData filters dislike quotes.
 * Unit names carry spaces, å, ä, ö, slashes: encode reversibly into a safe alphabet.
 */
export function escapeKey(text: string): string {
  return encodeURIComponent(text)
    .replace(/[~!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%/g, "~");
}

export function unescapeKey(key: string): string {
  return decodeURIComponent(key.replace(/~/g, "%"));
}

/** Status code of a failed Table Storage call (412 stale ETag, 409 exists, 404 missing). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
}
