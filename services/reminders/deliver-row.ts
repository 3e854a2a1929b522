// Sends one outbox row: checks that a "missing" reminder is still wanted, claims the row, finds the
// person, renders and sends, and records what happened. Whatever fails, fails for this row alone:
// Retry-After and backoff put it back for later, 403/404 mark the person unreachable, 413 and other
// refusals end it. A row is only ever sent while its claim holds (the messenger is told how long
// it may wait for the rate limiter), so a row taken over after its claim ran out is not sent twice.
import { backoffMs, isDeliveryError, type DeliveryError, type OutgoingMessage } from "../messaging";
import type { Logger } from "../logging/logger";
import type { Resolution } from "./address-resolver";
import { UNREACHABLE_NOT_FOUND } from "./address-resolver";
import type { OutboxRow, OutboxStore } from "./outbox-store";
import type { UnreachableReason } from "./reminder-content";
import type { AddressBook } from "../people/address-book";
import type { Messenger } from "../messaging";
import type { Clock } from "./clock";

export type RowOutcome = "sent" | "reported" | "unreachable" | "failed" | "later" | "lost";

export interface DeliveryDeps {
  outbox: OutboxStore;
  messenger: Messenger;
  addressBook: AddressBook;
  clock: Clock;
  logger: Logger;
  owner: string;
  claimTtlMs: number;
  maxFailures: number;
  random: () => number;
}

export interface RowPlan {
  /** Units still to report; empty: the person has reported, nothing to send. */
  stillWanted: () => Promise<boolean>;
  /** The address: a person's 1:1 chat (reminders) or an admin's (digests and notices). */
  resolve: (maxWaitMs: number) => Promise<Resolution>;
  render: () => Promise<OutgoingMessage>;
}

export async function deliverRow(
  deps: DeliveryDeps,
  row: OutboxRow,
  plan: RowPlan,
): Promise<RowOutcome> {
  const { outbox, clock, logger } = deps;
  if (!(await plan.stillWanted())) {
    const skipped = await outbox.change(row, { state: "skipped", reason: "reported" });
    return skipped ? "reported" : "lost";
  }
  const claimedAt = clock.now().getTime();
  const claimed = await outbox.claim(row, deps.owner, new Date(claimedAt + deps.claimTtlMs));
  if (!claimed) return "lost";
  if (row.state === "claimed") {
    // Its sender died (or stalled) after claiming: the earlier try may or may not have reached
    // Teams, and nothing can tell which. See docs/reminders.md, "What a crash can do".
    logger.warn(
      { row: row.key, job: row.jobId, attempts: row.attempts },
      "claim ran out; taking over",
    );
  }
  // Half the claim for waiting on the rate limiter; the rest covers the request and the write.
  const waitLeft = () => Math.max(0, claimedAt + deps.claimTtlMs / 2 - clock.now().getTime());
  let aadObjectId: string | undefined;
  try {
    const address = await plan.resolve(waitLeft());
    aadObjectId = address.aadObjectId;
    if (!address.ok) return await unreachable(deps, claimed, address.reason);
    const message = await plan.render();
    const sent = await deps.messenger.sendToPerson(address.reference, message, {
      maxWaitMs: waitLeft(),
    });
    const marked = await outbox.change(claimed, {
      state: "sent",
      activityId: sent.activityId,
      conversationId: sent.conversationId,
      sentAt: clock.now().toISOString(),
    });
    if (!marked) {
      logger.error(
        { row: row.key, job: row.jobId },
        "sent, but the row was taken over meanwhile: the person may get this message twice",
      );
    }
    return "sent";
  } catch (error) {
    if (isDeliveryError(error)) return failed(deps, claimed, error, aadObjectId);
    logger.error({ err: error, row: row.key, job: row.jobId }, "could not send a reminder");
    return retryLater(deps, claimed, undefined);
  }
}

async function unreachable(
  deps: DeliveryDeps,
  row: OutboxRow,
  reason: UnreachableReason,
  status?: number,
): Promise<RowOutcome> {
  await deps.outbox.change(row, {
    state: "unreachable",
    reason,
    ...(status === undefined ? {} : { status }),
  });
  return "unreachable";
}

async function failed(
  deps: DeliveryDeps,
  row: OutboxRow,
  error: DeliveryError,
  aadObjectId: string | undefined,
): Promise<RowOutcome> {
  const { outbox, clock, logger } = deps;
  const log = { row: row.key, job: row.jobId, status: error.status, code: error.code };
  switch (error.kind) {
    case "throttled": {
      // The messenger has paused every send for Retry-After; this row comes back after it.
      const wait = (error.retryAfterMs ?? 1000) + Math.round(deps.random() * 250);
      logger.warn(log, "throttled by Teams");
      await outbox.change(row, {
        state: "pending",
        notBefore: new Date(clock.now().getTime() + wait).toISOString(),
        status: error.status,
      });
      return "later";
    }
    case "notSent":
      await outbox.change(row, { state: "pending" });
      return "later";
    case "transient":
      logger.warn(log, "send failed; will try again");
      return retryLater(deps, row, error.status);
    case "unreachable": {
      const reason: UnreachableReason = error.status === 404 ? "notFound" : "blocked";
      logger.info(log, "person cannot be reached");
      if (aadObjectId) {
        await deps.addressBook.markUnreachable(
          aadObjectId,
          reason === "notFound" ? UNREACHABLE_NOT_FOUND : "blocked",
        );
      }
      return unreachable(deps, row, reason, error.status);
    }
    case "tooLarge":
      logger.error(log, "message too large for Teams");
      await outbox.change(row, { state: "failed", reason: "tooLarge", status: error.status });
      return "failed";
    default:
      logger.error(log, "Teams refused the message");
      await outbox.change(row, { state: "failed", reason: "rejected", status: error.status });
      return "failed";
  }
}

async function retryLater(
  deps: DeliveryDeps,
  row: OutboxRow,
  status: number | undefined,
): Promise<RowOutcome> {
  const failures = row.failures + 1;
  const statusField = status === undefined ? {} : { status };
  if (failures >= deps.maxFailures) {
    await deps.outbox.change(row, { state: "failed", reason: "gaveUp", failures, ...statusField });
    return "failed";
  }
  const wait = backoffMs(failures, deps.random);
  await deps.outbox.change(row, {
    state: "pending",
    failures,
    notBefore: new Date(deps.clock.now().getTime() + wait).toISOString(),
    ...statusField,
  });
  return "later";
}
