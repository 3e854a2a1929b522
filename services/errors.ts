// Typed errors with a stable `code` that callers branch on, and a message written for the person
// who caused it: in Swedish, saying what was wrong and what to do.

export type ErrorCode =
  | "RULE_UNREADABLE"
  | "VALUE_UNREADABLE"
  | "UNKNOWN_UNIT_TYPE"
  | "PLAN_INVALID"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "BAD_ARGUMENT"
  | "CONFLICT"
  | "PERIOD_CLOSED"
  | "STORAGE_UNAVAILABLE";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Swedish, for the user: what was wrong and what to do. */
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
