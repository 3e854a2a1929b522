// Posts a period's summary to the leadership channel once, and updates that same post in place when
// the picture changes (late reports), never posting it twice. The post's id and a fingerprint of what
// it showed live in Table Storage, so a restart or a second instance continues where the first was.
//
// Table `SummaryPosts`: PK <plan id>, RK <period id>: { state "posting" | "posted", conversationId,
// activityId, fingerprint, claimedAt, postedAt, updatedAt }.
import { createHash } from "node:crypto";
import type { AddressBook } from "../people/address-book";
import type { Messenger, OutgoingMessage } from "../messaging";
import type { OrganisationSettings } from "../settings/organisation-settings";
import { z } from "zod";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type TableStore } from "../storage/tables";
import type { PeriodSummary } from "./period-summary";

const TABLE = "SummaryPosts";
/** A claim older than this is taken over: its holder crashed between claiming and posting. */
const CLAIM_MS = 2 * 60_000;

export type PublishOutcome =
  | { result: "posted" | "updated" | "unchanged"; channelName?: string }
  | { result: "noChannel" }
  | { result: "busy" };

export interface PublishDeps {
  store: TableStore;
  messenger: Messenger;
  addressBook: AddressBook;
  settings: OrganisationSettings;
  now: () => Date;
}

export interface RenderedSummary {
  summary: PeriodSummary;
  message: OutgoingMessage;
}

type PostRow = {
  partitionKey: string;
  rowKey: string;
  state: "posting" | "posted";
  conversationId?: string;
  activityId?: string;
  fingerprint?: string;
  /** Versions of the period's reports when the post was last made: unchanged means nothing to do. */
  reportsStamp?: string;
  claimedAt?: string;
  postedAt?: string;
  updatedAt?: string;
  etag?: string;
};

const optionalText = z.string().optional();
const postRowSchema = z.object({
  state: z.enum(["posting", "posted"]),
  conversationId: optionalText,
  activityId: optionalText,
  fingerprint: optionalText,
  reportsStamp: optionalText,
  claimedAt: optionalText,
  postedAt: optionalText,
  updatedAt: optionalText,
});

/** What the post shows, less the time it was made: equal fingerprints need no update. */
export function fingerprintOf(summary: PeriodSummary): string {
  return createHash("sha256").update(JSON.stringify(summary)).digest("hex").slice(0, 32);
}

/**
 * `reportsStamp`, when given, says what the period's reports were: a post made from the same stamp is
 * left as it is without building the summary again (the scheduler's sweep, every minute).
 */
export async function publishSummary(
  deps: PublishDeps,
  planId: string,
  periodId: string,
  render: (post: { postedAt?: string }) => Promise<RenderedSummary>,
  reportsStamp?: string,
): Promise<PublishOutcome> {
  // A plan's own channel (`ledningskanal` for that plan), else the organisation's.
  const channel =
    (await deps.settings.plans.channelOf(planId)) ?? (await deps.settings.getLeadershipChannel());
  const address = channel ? await deps.addressBook.getChannel(channel.conversationId) : undefined;
  if (!channel || !address?.active) return { result: "noChannel" };
  const table = deps.store.table(TABLE);
  const key = { partitionKey: escapeKey(planId), rowKey: escapeKey(periodId) };
  const now = deps.now();
  let row = await read();
  const postedHere =
    row?.state === "posted" && row.activityId && row.conversationId === channel.conversationId;
  if (postedHere && reportsStamp && row?.reportsStamp === reportsStamp) {
    return { result: "unchanged", channelName: channel.name };
  }
  // A post updated in place says when it was first posted, beside when it was updated.
  const { summary, message } = await render({ postedAt: postedHere ? row?.postedAt : undefined });
  const fingerprint = fingerprintOf(summary);

  if (postedHere && row?.activityId) {
    if (row.fingerprint === fingerprint) {
      await table.update({ ...key, reportsStamp: reportsStamp ?? "" }, "Merge");
      return { result: "unchanged", channelName: channel.name };
    }
    await deps.messenger.updateMessage(address.reference, row.activityId, message);
    await table.update(
      { ...key, fingerprint, reportsStamp: reportsStamp ?? "", updatedAt: now.toISOString() },
      "Merge",
    );
    return { result: "updated", channelName: channel.name };
  }
  // Not posted here yet (or the leadership channel changed): claim the post, then send it.
  const claim = {
    ...key,
    state: "posting",
    claimedAt: now.toISOString(),
    conversationId: channel.conversationId,
  };
  try {
    if (!row) {
      if (!(await table.create(claim))) return { result: "busy" }; // another instance claimed it
    } else if (
      row.state === "posting" &&
      now.getTime() - Date.parse(row.claimedAt ?? "") < CLAIM_MS
    )
      return { result: "busy" };
    else await table.update(claim, "Replace", row.etag);
  } catch (error) {
    if (isStorageConflict(error, "changed")) return { result: "busy" }; // another instance claimed it
    throw error;
  }
  const sent = await deps.messenger.sendToChannel(address.reference, message);
  row = {
    ...claim,
    state: "posted",
    activityId: sent.activityId,
    fingerprint,
    postedAt: now.toISOString(),
  };
  await table.upsert(row, "Replace");
  return { result: "posted", channelName: channel.name };

  async function read(): Promise<PostRow | undefined> {
    const stored = await table.getParsed(key.partitionKey, key.rowKey, postRowSchema);
    return stored && { ...key, ...stored };
  }
}
