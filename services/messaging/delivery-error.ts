// What went wrong when a message could not be delivered, typed so that callers branch on `kind`
// without reading status codes or messages: try later (throttled, transient), never (tooLarge,
// failed), the person cannot be reached (unreachable), or nothing was sent (notSent). Which status
// is which kind is read in teams-answer.ts.

export type DeliveryErrorKind =
  /** 429: Teams asks us to slow down; `retryAfterMs` says for how long. */
  | "throttled"
  /** 412, 5xx, network errors and timeouts: worth another try after a while. */
  | "transient"
  /** 413: the message is too large; another try cannot help. */
  | "tooLarge"
  /** 403 (blocked, app removed, not in the roster) and 404 (the chat no longer exists). */
  | "unreachable"
  /** The rate limiter could not give a slot within the caller's wait: no request was made. */
  | "notSent"
  /** Anything else (401, 400 …): a fault on our side; another try will not help. */
  | "failed";

export type DeliveryErrorCode =
  | "DELIVERY_THROTTLED"
  | "DELIVERY_TRANSIENT"
  | "DELIVERY_TOO_LARGE"
  | "DELIVERY_UNREACHABLE"
  | "DELIVERY_NOT_SENT"
  | "DELIVERY_FAILED";

const CODES: Record<DeliveryErrorKind, DeliveryErrorCode> = {
  throttled: "DELIVERY_THROTTLED",
  transient: "DELIVERY_TRANSIENT",
  tooLarge: "DELIVERY_TOO_LARGE",
  unreachable: "DELIVERY_UNREACHABLE",
  notSent: "DELIVERY_NOT_SENT",
  failed: "DELIVERY_FAILED",
};

export class DeliveryError extends Error {
  readonly code: DeliveryErrorCode;

  constructor(
    readonly kind: DeliveryErrorKind,
    /** The HTTP status Teams answered with; 0 when no answer came (network, timeout, not sent). */
    readonly status: number,
    message: string,
    /** From Retry-After, when Teams sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
    this.code = CODES[kind];
  }
}

export function isDeliveryError(error: unknown): error is DeliveryError {
  return error instanceof DeliveryError;
}
