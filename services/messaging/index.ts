// Messaging: the Messenger port, its typed delivery errors, and the client-side rate limiter and
// backoff that keep messages inside Teams' limits.
export type {
  ConversationReference,
  Messenger,
  OpenedChat,
  OutgoingMessage,
  RosterMember,
  RosterPage,
  SendOptions,
  SentMessage,
  TeamChannel,
} from "./messenger";
export type { DeliveryErrorCode, DeliveryErrorKind } from "./delivery-error";
export { DeliveryError, isDeliveryError } from "./delivery-error";
export { kindOfStatus, parseRetryAfter } from "./teams-answer";
export type { RateLimits, Ticker } from "./rate-limiter";
export { RateLimiter, WINDOW_SAFETY_MS, realTicker } from "./rate-limiter";
export { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffMs } from "./backoff";
