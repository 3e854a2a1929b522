// What is stored for the people who write to the bot, kept in this instance's memory so that a
// message from a known person reads no address-book row (it is the one read every turn made).
// Each entry is kept under the people version it was read at (services/shared-state): every write
// to a person's row, here or on any instance, changes that version, so an entry is trusted only
// while no one has written a person since. Bounded (the least recently asked go first) and aged
// (an entry is read again after MAX_AGE_MS, so a row lost without a write is noticed).
import { performance } from "node:perf_hooks";
import { peopleVersion } from "../shared-state/shared-version";
import type { TableStore } from "../storage/tables";

/** Senders kept, at most: an entry is a few hundred bytes. */
export const MAX_SENDERS = 5_000;
/** How long an entry is trusted at most, whatever the version says. */
export const MAX_AGE_MS = 15 * 60_000;

interface Entry<Row> {
  version: string;
  readAt: number;
  person: Row | undefined;
}

/** `Row`: the address book's person row (a type parameter, so this module does not import it). */
export class KnownSenders<Row> {
  private readonly entries = new Map<string, Entry<Row>>();

  constructor(
    private readonly store: TableStore,
    private readonly read: (aadObjectId: string) => Promise<Row | undefined>,
    private readonly clock: () => number = () => performance.now(),
    private readonly max = MAX_SENDERS,
  ) {}

  /** The person's row as stored (undefined: none), from memory while no person was written since. */
  async get(aadObjectId: string): Promise<Row | undefined> {
    // The version first, then the row: a row read after a version is at least that new.
    const version = await peopleVersion(this.store);
    const now = this.clock();
    const kept = this.entries.get(aadObjectId);
    this.entries.delete(aadObjectId);
    if (kept && kept.version === version && now - kept.readAt <= MAX_AGE_MS) {
      this.entries.set(aadObjectId, kept); // the most recently asked is last
      return kept.person;
    }
    const person = await this.read(aadObjectId);
    this.entries.set(aadObjectId, { version, readAt: now, person });
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return person;
  }

  /** This instance is about to write the person's row: the entry is no longer what is stored. */
  forget(aadObjectId: string): void {
    this.entries.delete(aadObjectId);
  }
}
