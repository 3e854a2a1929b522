// What a failed storage call means to the rest of the product: a lost race (StorageConflict, which
// the store turns into its own answer), or storage that cannot be reached or did not answer in time
// (STORAGE_UNAVAILABLE, which the person is told in Swedish). What the SDK's error says is read in
// sdk-errors.ts.
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
