// What a failed storage call means to the rest of the product: a lost race (StorageConflict, which
// the store turns into its own answer), or storage that cannot be reached or did not answer in time
// (STORAGE_UNAVAILABLE, which the person is told in Swedish). Status codes are read here only.
import { DomainError } from "../errors";
import { t } from "../i18n/words/t";

export const STORAGE_UNAVAILABLE_MESSAGE = t("sv", "error.storage");

/** exists: a create met a row (409). changed: the ETag no longer matches (412). missing: no row (404). */
export type ConflictReason = "exists" | "changed" | "missing";

export class StorageConflict extends DomainError {
  constructor(
    readonly reason: ConflictReason,
    readonly table: string,
  ) {
    super(
      "CONFLICT",
      "Någon annan ändrade samma sak samtidigt. Titta på det senaste och försök igen.",
      { reason, table },
    );
    this.name = "StorageConflict";
  }
}

export function isStorageConflict(error: unknown, ...reasons: ConflictReason[]): boolean {
  return (
    error instanceof StorageConflict && (reasons.length === 0 || reasons.includes(error.reason))
  );
}

export function storageUnavailable(table: string, cause: string): DomainError {
  return new DomainError("STORAGE_UNAVAILABLE", STORAGE_UNAVAILABLE_MESSAGE, { table, cause });
}

export function statusOf(error: unknown): number | undefined {
  const status = field(error, "statusCode");
  return typeof status === "number" ? status : undefined;
}

/**
 * The error code (TableNotFound, EntityAlreadyExists, ECONNREFUSED, …) of a failed call. The SDK
 * puts the service's code in the x-ms-error-code header (`details.errorCode`), or for a transaction
 * in `code`.
 */
export function errorCodeOf(error: unknown): string | undefined {
  const code = field(error, "code") ?? field(field(error, "details"), "errorCode");
  return typeof code === "string" ? code : undefined;
}

export function isTableNotFound(error: unknown): boolean {
  return statusOf(error) === 404 && errorCodeOf(error) === "TableNotFound";
}

/**
 * A failure the person can do nothing about but wait: no answer (network), the service failing
 * (5xx, 408, 429) or refusing our credentials (401, 403).
 */
export function isOutage(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) {
    // No HTTP answer at all: refused, reset, DNS (the SDK's RestError, or Node's ECONNREFUSED …).
    return field(error, "name") === "RestError" || /^E[A-Z]+$/.test(errorCodeOf(error) ?? "");
  }
  return status >= 500 || [401, 403, 408, 429].includes(status);
}

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? Reflect.get(error, name) : undefined;
}
