// An outbox row as stored: its type, its key (the message's idempotency key), and how a row is read
// (checked with zod) and written. The table and its use are in outbox-store.ts.
import { z } from "zod";
import { escapeKey } from "../storage/tables";
import type { ReminderUnit } from "./recipients";
import type { UnreachableReason } from "./reminder-content";

export type OutboxKind = "reminder" | "digest" | "notice";

export type OutboxState = "pending" | "claimed" | "sent" | "skipped" | "unreachable" | "failed";

const KIND_PREFIX: Record<OutboxKind, string> = { reminder: "r", digest: "d", notice: "n" };

export interface NewOutboxRow {
  kind: OutboxKind;
  /** UPN, e-mail or object id, lower case: how the address book finds the person. */
  recipient: string;
  name: string;
  /** Reminders: the units the message is about. */
  units?: ReminderUnit[];
}

export interface OutboxRow extends NewOutboxRow {
  jobId: string;
  key: string;
  state: OutboxState;
  /** Claims taken: a claim is taken just before each try to send. */
  attempts: number;
  /** Tries that failed in a way worth retrying. */
  failures: number;
  notBefore?: string;
  claimedBy?: string;
  claimedUntil?: string;
  activityId?: string;
  conversationId?: string;
  sentAt?: string;
  reason?: UnreachableReason | "reported" | "tooLarge" | "gaveUp" | "rejected";
  status?: number;
  etag: string;
}

export function outboxKey(kind: OutboxKind, recipient: string): string {
  return `${KIND_PREFIX[kind]}|${escapeKey(recipient.toLowerCase())}`;
}

const rowSchema = z.object({
  partitionKey: z.string(),
  rowKey: z.string(),
  kind: z.enum(["reminder", "digest", "notice"]),
  recipient: z.string(),
  name: z.string(),
  units: z
    .string()
    .optional()
    .transform((text) => (text ? (JSON.parse(text) as unknown) : undefined))
    .pipe(
      z
        .array(
          z.object({
            id: z.string(),
            name: z.string(),
            items: z.number(),
            planId: z.string().optional(),
            periodId: z.string().optional(),
          }),
        )
        .optional(),
    ),
  state: z.enum(["pending", "claimed", "sent", "skipped", "unreachable", "failed"]),
  attempts: z.number().default(0),
  failures: z.number().default(0),
  notBefore: z.string().optional(),
  claimedBy: z.string().optional(),
  claimedUntil: z.string().optional(),
  activityId: z.string().optional(),
  conversationId: z.string().optional(),
  sentAt: z.string().optional(),
  reason: z
    .enum([
      "noAddress",
      "blocked",
      "uninstalled",
      "notFound",
      "reported",
      "tooLarge",
      "gaveUp",
      "rejected",
    ])
    .optional(),
  status: z.number().optional(),
  etag: z.string(),
});

export function toRow(entity: Record<string, unknown>): OutboxRow {
  const cleaned = Object.fromEntries(
    Object.entries(entity).filter(([, value]) => value !== null && value !== ""),
  );
  const { partitionKey, rowKey, ...row } = rowSchema.parse(cleaned);
  const result: OutboxRow = { ...row, jobId: partitionKey, key: rowKey };
  for (const key of Object.keys(result) as (keyof OutboxRow)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

export type OutboxChanges = Partial<
  Omit<OutboxRow, "jobId" | "key" | "etag" | "kind" | "recipient" | "name" | "units">
> & { units?: ReminderUnit[] };

export function toEntity(changes: OutboxChanges): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    entity[key] = key === "units" ? JSON.stringify(value) : value;
  }
  return entity;
}
