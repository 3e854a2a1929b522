// Only one instance runs the reminder tick at a time: it holds a lease, a row with the holder and
// when the lease runs out, taken and renewed with ETag-conditional writes. A holder that crashes
// stops renewing, its lease runs out, and the next instance that tries takes it over.
// Instances' clocks are assumed to agree within seconds (NTP); the lease lasts far longer.
//
// Table `ReminderLeases`: PK "lease", RK <lease name> ("scheduler").
import { z } from "zod";
import { isStorageConflict } from "../storage/storage-errors";
import type { Table, TableStore } from "../storage/tables";
import type { Clock } from "./clock";

const TABLE = "ReminderLeases";
const leaseRow = z.object({ holder: z.string(), expiresAt: z.string() });
const PARTITION = "lease";

export interface LeaseHolder {
  holder: string;
  expiresAt: string;
}

export class SchedulerLease {
  private heldUntil = 0;

  constructor(
    private readonly store: TableStore,
    private readonly clock: Clock,
    readonly holder: string,
    readonly ttlMs = 30_000,
    readonly name = "scheduler",
  ) {}

  /** Takes the lease if it is free or has run out, or renews it if ours. True when we hold it. */
  async acquire(): Promise<boolean> {
    const table = this.table();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const entity = {
      partitionKey: PARTITION,
      rowKey: this.name,
      holder: this.holder,
      expiresAt: expiresAt.toISOString(),
    };
    const current = await this.read();
    let taken = false;
    try {
      if (!current) {
        taken = await table.create(entity);
      } else if (current.holder === this.holder || current.expiresAt <= now.toISOString()) {
        await table.update(entity, "Replace", current.etag);
        taken = true;
      }
    } catch (error) {
      if (!isStorageConflict(error, "changed", "missing")) throw error;
    }
    if (!taken) {
      this.heldUntil = 0;
      return false;
    }
    this.heldUntil = expiresAt.getTime();
    return true;
  }

  /**
   * Whether we hold it by our own reckoning, with a margin for the write that renews it. The
   * keeper renews at a third of the lease, so the margin never eats more than another third:
   * with a short lease, a renewal that starts on time still finds it held.
   */
  held(marginMs = Math.min(2_000, this.ttlMs / 3)): boolean {
    return this.clock.now().getTime() + marginMs < this.heldUntil;
  }

  /** Gives the lease up at once (so another instance need not wait for it to run out). */
  async release(): Promise<void> {
    if (this.heldUntil === 0) return;
    this.heldUntil = 0;
    const current = await this.read();
    if (current?.holder !== this.holder) return;
    try {
      await this.table().update(
        {
          partitionKey: PARTITION,
          rowKey: this.name,
          holder: "",
          // Free whatever the next instance's clock says (clocks may disagree a little).
          expiresAt: new Date(0).toISOString(),
        },
        "Replace",
        current.etag,
      );
    } catch (error) {
      if (!isStorageConflict(error, "changed", "missing")) throw error;
    }
  }

  async current(): Promise<LeaseHolder | undefined> {
    const lease = await this.read();
    return lease && { holder: lease.holder, expiresAt: lease.expiresAt };
  }

  private read(): Promise<(LeaseHolder & { etag: string }) | undefined> {
    return this.table().getParsed(PARTITION, this.name, leaseRow);
  }

  private table(): Table {
    return this.store.table(TABLE);
  }
}
