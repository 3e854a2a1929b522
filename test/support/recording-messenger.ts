// A Messenger that records what it is asked to send and fails on request, for testing the
// reminders without Teams: `failFor(recipientMatch, error, times)` makes sends to matching
// conversations throw the given DeliveryError.
import {
  DeliveryError,
  type ConversationReference,
  type Messenger,
  type OpenedChat,
  type OutgoingMessage,
  type RosterMember,
  type RosterPage,
  type SentMessage,
  type TeamChannel,
} from "../../services/messaging";

export interface RecordedMessage {
  kind: "send" | "update";
  conversationId: string;
  activityId: string;
  message: OutgoingMessage;
}

interface Failure {
  match: (conversationId: string) => boolean;
  error: () => DeliveryError;
  remaining: number;
}

export function personalReference(conversationId: string): ConversationReference {
  return {
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:1/",
    conversation: { id: conversationId, conversationType: "personal" },
    bot: { id: "28:bot", name: "Uppföljningsboten" },
  };
}

export class RecordingMessenger implements Messenger {
  readonly sent: RecordedMessage[] = [];
  readonly opened: RosterMember[] = [];
  roster: RosterMember[] = [];
  private failures: Failure[] = [];
  private counter = 0;

  failFor(match: (conversationId: string) => boolean, error: () => DeliveryError, times = 1): void {
    this.failures.push({ match, error, remaining: times });
  }

  to(conversationId: string): RecordedMessage[] {
    return this.sent.filter((m) => m.conversationId === conversationId);
  }

  async sendToPerson(to: ConversationReference, message: OutgoingMessage): Promise<SentMessage> {
    return this.record("send", to, message);
  }

  async sendToChannel(to: ConversationReference, message: OutgoingMessage): Promise<SentMessage> {
    return this.record("send", to, message);
  }

  async updateMessage(
    conversation: ConversationReference,
    activityId: string,
    message: OutgoingMessage,
  ): Promise<void> {
    this.record("update", conversation, message, activityId);
  }

  async openPersonalChat(_via: ConversationReference, member: RosterMember): Promise<OpenedChat> {
    this.opened.push(member);
    const conversationId = `a:personal-${member.id}`;
    return { reference: personalReference(conversationId), conversationId };
  }

  async rosterPage(_team: TeamChannel, continuation?: string): Promise<RosterPage> {
    const start = Number(continuation ?? 0);
    const members = this.roster.slice(start, start + 2);
    const next = start + 2 < this.roster.length ? String(start + 2) : undefined;
    return next ? { members, continuation: next } : { members };
  }

  private record(
    kind: RecordedMessage["kind"],
    to: ConversationReference,
    message: OutgoingMessage,
    activityId?: string,
  ): SentMessage {
    const conversationId = String((to.conversation as { id?: unknown } | undefined)?.id);
    const failure = this.failures.find((f) => f.remaining > 0 && f.match(conversationId));
    if (failure) {
      failure.remaining -= 1;
      throw failure.error();
    }
    this.counter += 1;
    const id = activityId ?? `act-${this.counter}`;
    this.sent.push({ kind, conversationId, activityId: id, message });
    return { activityId: id, conversationId };
  }
}
