// Refused actions, counted per person and minute instead of one audit row each: a loop of forged
// card actions must not fill the audit log. The first refusal of a person in a minute is written at
// once (an admin sees it right away); the rest of that minute become one row with their count, when
// the minute is over (written on the next refusal by anyone, or at shutdown).
import type { AuditLog } from "./audit-log";

export interface Refusal {
  /** Audit scope: a plan id, or "system". */
  scope: string;
  actor: string;
  /** The audit action of the first row, e.g. "access.refused", "report.refused". */
  action: string;
  /** Ids and the reason only: never what the person wrote. */
  facts: Record<string, unknown>;
}

interface Tally {
  refusal: Refusal;
  minute: string;
  more: number;
  /** The reasons of the refusals counted (a handful at most: reasons are a fixed list). */
  reasons: Set<string>;
}

export class RefusalTally {
  private readonly open = new Map<string, Tally>();

  constructor(
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async count(refusal: Refusal): Promise<void> {
    const minute = this.now().toISOString().slice(0, 16);
    const key = `${refusal.scope}\u0000${refusal.actor}\u0000${minute}`;
    // Counted before any await, so refusals that arrive together are counted, not written each.
    const tally = this.open.get(key);
    if (tally) {
      tally.more += 1;
      if (typeof refusal.facts.reason === "string") tally.reasons.add(refusal.facts.reason);
      return;
    }
    this.open.set(key, { refusal, minute, more: 0, reasons: new Set() });
    await this.flush(minute);
    await this.audit.record({
      scope: refusal.scope,
      actor: refusal.actor,
      action: refusal.action,
      after: { ...refusal.facts, minute },
    });
  }

  /** Writes the counts of minutes before `minute` (all of them when none is given). */
  async flush(minute?: string): Promise<void> {
    for (const [key, tally] of [...this.open]) {
      if (minute !== undefined && tally.minute >= minute) continue;
      this.open.delete(key);
      if (tally.more === 0) continue;
      await this.audit.record({
        scope: tally.refusal.scope,
        actor: tally.refusal.actor,
        action: `${tally.refusal.action}.repeated`,
        after: { minute: tally.minute, count: tally.more, reasons: [...tally.reasons].sort() },
      });
    }
  }
}
