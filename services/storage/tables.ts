// Opens the product's tables: one TableStore per process, on a connection string (Azurite, or an
// account key where one is still used) or on an account URL with an Entra ID token credential (a
// managed identity in Azure: no key anywhere). A prefix keeps tests and installations apart.
import { TableClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { TokenCredential } from "@azure/identity";
import { DomainError, isDomainError } from "../errors";
import { SdkTable } from "./sdk-table";
import type { StorageCheck, Table, TableStore } from "./table-port";

export type {
  BatchAction,
  Row,
  StorageCheck,
  StoredRow,
  Table,
  TableStore,
  WriteMode,
} from "./table-port";

/** How long one storage call may take before the turn is told storage is unavailable. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 3_000;

export type StorageAccess =
  { connectionString: string } | { accountUrl: string; credential: TokenCredential };

export type TableStoreOptions = StorageAccess & {
  /** Letters and digits only; prepended to every table name. */
  prefix?: string;
  timeoutMs?: number;
  onTableRecreated?: (table: string) => void;
};

/** Always present: a store that has used no table yet still checks that the account answers. */
const HEALTH_TABLE = "Health";

export function createTableStore(options: TableStoreOptions): TableStore {
  const prefix = options.prefix ?? "";
  if (!/^[A-Za-z0-9]*$/.test(prefix)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Tabellprefixet får bara innehålla bokstäver a–z och siffror.",
    );
  }
  const settings = {
    timeoutMs: options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS,
    onTableRecreated: options.onTableRecreated,
  };
  const client = clientFactory(options);
  const tables = new Map<string, SdkTable>();

  function open(name: string): SdkTable {
    let table = tables.get(name);
    if (!table) {
      table = new SdkTable(`${prefix}${name}`, client(`${prefix}${name}`), settings);
      tables.set(name, table);
    }
    return table;
  }

  return {
    table: (name: string): Table => open(name),
    async check(): Promise<StorageCheck> {
      const used = [...new Set([HEALTH_TABLE, ...tables.keys()])];
      const failures = await Promise.all(used.map((name) => failureOf(open(name))));
      const reasons = failures.filter((reason): reason is string => reason !== undefined);
      return reasons.length === 0 ? { ok: true } : { ok: false, reason: reasons.join("; ") };
    },
  };
}

async function failureOf(table: SdkTable): Promise<string | undefined> {
  try {
    await table.probe();
    return undefined;
  } catch (error) {
    const details = isDomainError(error) ? error.details : undefined;
    const cause =
      typeof details === "object" && details !== null ? Reflect.get(details, "cause") : undefined;
    return `table ${table.name}: ${typeof cause === "string" ? cause : String(error)}`;
  }
}

function clientFactory(access: StorageAccess): (table: string) => TableClient {
  const base: TableServiceClientOptions = {
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2000 },
  };
  if ("connectionString" in access) {
    const options = {
      ...base,
      allowInsecureConnection: /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(
        access.connectionString,
      ),
    };
    return (table) => TableClient.fromConnectionString(access.connectionString, table, options);
  }
  // A bearer token is only ever sent over TLS (the SDK refuses http: URLs with a token credential).
  return (table) => new TableClient(access.accountUrl, table, access.credential, base);
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
