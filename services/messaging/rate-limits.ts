// The Teams send limits the rate limiter keeps to. Its own module so the limiter and its windows
// share it without importing each other.

export interface RateLimits {
  /** Teams: 30 messages per second per app and tenant (configurable). */
  perAppPerSecond: number;
  /** Teams: 7 messages per second to one conversation. */
  perConversationPerSecond: number;
}
