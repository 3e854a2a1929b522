// What a failed call of the Table Storage SDK says: its HTTP status, the service's error code, and
// whether it is a lost table or an outage. Status codes and the SDK's error shape are read here, so
// the port (sdk-table.ts, sdk-rows.ts) turns them into StorageConflict or STORAGE_UNAVAILABLE.

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
