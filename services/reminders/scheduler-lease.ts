// Only one instance runs the reminder tick at a time: it holds a lease, a row with the holder and
// when the lease runs out, taken and renewed with ETag-conditional writes. A holder that crashes
// stops renewing, its lease runs out, and the next instance that tries takes it over.
// Instances' clocks are assumed to agree within seconds (NTP); the lease lasts far longer.
//
// Table `ReminderLeases`: PK "lease", RK <lease name> ("scheduler").
import type { TableClient } from "@azure/data-tables";
import { statusOf, type TableStore } from "../storage/tables";
import type { Clock } from "./clock";

const TABLE = "ReminderLeases";
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
    const table = await this.table();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const entity = {
      partitionKey: PARTITION,
      rowKey: this.name,
      holder: this.holder,
      expiresAt: expiresAt.toISOString(),
    };
    let current: (LeaseHolder & { etag: string }) | undefined;
    try {
      current = await table.getEntity<LeaseHolder>(PARTITION, this.name);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    try {
      if (!current) {
        await table.createEntity(entity);
      } else if (current.holder === this.holder || current.expiresAt <= now.toISOString()) {
        await table.updateEntity(entity, "Replace", { etag: current.etag });
      } else {
        this.heldUntil = 0;
        return false;
      }
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 412) {
        this.heldUntil = 0;
        return false;
      }
      throw error;
    }
    this.heldUntil = expiresAt.getTime();
    return true;
  }

  /** Whether we hold it by our own reckoning, with a margin for the write that renews it. */
  held(marginMs = 2_000): boolean {
    return this.clock.now().getTime() + marginMs < this.heldUntil;
  }

  /** Gives the lease up at once (so another instance need not wait for it to run out). */
  async release(): Promise<void> {
    if (this.heldUntil === 0) return;
    this.heldUntil = 0;
    const table = await this.table();
    try {
      const current = await table.getEntity<LeaseHolder>(PARTITION, this.name);
      if (current.holder !== this.holder) return;
      await table.updateEntity(
        {
          partitionKey: PARTITION,
          rowKey: this.name,
          holder: "",
          // Free whatever the next instance's clock says (clocks may disagree a little).
          expiresAt: new Date(0).toISOString(),
        },
        "Replace",
        { etag: current.etag },
      );
    } catch (error) {
      const status = statusOf(error);
      if (status !== 404 && status !== 412) throw error;
    }
  }

  async current(): Promise<LeaseHolder | undefined> {
    const table = await this.table();
    try {
      const { holder, expiresAt } = await table.getEntity<LeaseHolder>(PARTITION, this.name);
      return { holder, expiresAt };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private table(): Promise<TableClient> {
    return this.store.table(TABLE);
  }
}
