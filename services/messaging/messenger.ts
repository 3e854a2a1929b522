// The port every service that must message people goes through: send to a person or a channel,
// update a message already sent, open a 1:1 chat with someone found in a team roster, and read a
// roster. No Teams types: a conversation is an opaque reference that only bot/ understands. bot/
// implements it with the Bot Framework adapter (bot/teams-messenger.ts); tests with a recording fake.
import type { Reference } from "../people/address-book";

/** A conversation the bot can write to: stored as JSON, its shape known only to bot/. */
export type ConversationReference = Reference;

export interface OutgoingMessage {
  /** Plain text; with a card, the line Teams shows in notifications and the chat list. */
  text?: string;
  /** An Adaptive Card, already rendered (cards/ render functions). */
  card?: Record<string, unknown>;
}

export interface SentMessage {
  /** The id Teams gave the message: what an update replaces. */
  activityId: string;
  conversationId: string;
}

export interface RosterMember {
  /** The member's id in the channel (29:…), what a new 1:1 chat is opened with. */
  id: string;
  name: string;
  aadObjectId?: string;
  upn?: string;
  email?: string;
  tenantId?: string;
}

export interface RosterPage {
  members: RosterMember[];
  /** Present while there are more pages. */
  continuation?: string;
}

export interface TeamChannel {
  /** A channel of the team, as the bot stored it when it was added. */
  reference: ConversationReference;
  teamId?: string;
}

export interface OpenedChat {
  reference: ConversationReference;
  conversationId: string;
}

export interface SendOptions {
  /**
   * How long the call may wait for the rate limiter before giving up without sending (a
   * DeliveryError of kind "notSent"). Callers holding a claim pass what is left of it, so a message
   * is never sent after the claim that allowed it has run out.
   */
  maxWaitMs?: number;
}

/**
 * Every method makes at most one request to Teams: retries are the caller's, so that each attempt
 * is recorded (the outbox) and none happens behind its back. Failures are DeliveryErrors.
 */
export interface Messenger {
  sendToPerson(
    to: ConversationReference,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage>;
  sendToChannel(
    to: ConversationReference,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<SentMessage>;
  updateMessage(
    conversation: ConversationReference,
    activityId: string,
    message: OutgoingMessage,
    options?: SendOptions,
  ): Promise<void>;
  /** Opens (or finds again: Teams answers with the same chat) the 1:1 chat with a roster member. */
  openPersonalChat(
    via: ConversationReference,
    member: RosterMember,
    options?: SendOptions,
  ): Promise<OpenedChat>;
  /** One page of the members of a team the bot is in, read through one of its channels. */
  rosterPage(team: TeamChannel, continuation?: string): Promise<RosterPage>;
}
