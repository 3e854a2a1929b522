// Deputies and absence: who reports for a unit while its reporter is away, and until when. An
// admin names a deputy for a unit (`ersättare <enhet> <person> [till <datum>]`); a reporter says
// they are away (`frånvarande till <datum> ersättare <person>`), which names the deputy for each of
// their units and keeps them from being reminded until that day. A deputy lasts through its last
// day, Europe/Stockholm; one without a day lasts until it is replaced. Every change is audited.
//
// Tables, partitioned by plan id (escaped):
//   Deputies   RK <unit>|<deputy, lower case>   unitId, deputy, deputyName, forWhom, until, setBy, setAt
//   Absences   RK <UPN, lower case>             upn, name, until, deputy, setAt
//
// A plan's deputies are asked on every report turn (who may report for a unit), so they are kept in
// memory under the shared version (services/shared-state), which every change of them bumps.
import type { AuditLog } from "../audit/audit-log";
import { todayIn } from "../calendar/working-time";
import { escapeKey, type TableStore } from "../storage/tables";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { VersionedCache } from "../shared-state/versioned-cache";

const DEPUTIES = "Deputies";
const ABSENCES = "Absences";

/** Every deputy row of a plan, lasting or not (which last is decided on the day asked). */
const deputiesByPlan = new VersionedCache<readonly Deputy[]>();

export interface Deputy {
  unitId: string;
  /** UPN or e-mail of the deputy, lower case. */
  deputy: string;
  deputyName: string;
  /** Whom the deputy reports for: the absent reporter's name; "" when an admin named the deputy. */
  forWhom: string;
  /** Last day (ISO date); "" = until replaced. */
  until: string;
  setBy: string;
  setAt: string;
}

export interface Absence {
  upn: string;
  name: string;
  until: string;
  deputy: string;
  setAt: string;
}

export class DeputyDirectory {
  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
    private readonly timeZone: string,
  ) {}

  today(): string {
    return todayIn(this.now(), this.timeZone);
  }

  /** Names (or renews) a deputy for a unit; audited with before and after. */
  async set(planId: string, deputy: Omit<Deputy, "setAt">): Promise<{ before?: Deputy }> {
    const table = this.store.table(DEPUTIES);
    const key = deputyKey(deputy.unitId, deputy.deputy);
    const old = await table.get(escapeKey(planId), key);
    const row: Deputy = {
      ...deputy,
      deputy: deputy.deputy.toLowerCase(),
      setAt: this.now().toISOString(),
    };
    await table.upsert({ partitionKey: escapeKey(planId), rowKey: key, ...row }, "Replace");
    await bumpSharedVersion(this.store);
    const before = old ? toDeputy(old) : undefined;
    await this.audit.record({
      scope: planId,
      actor: deputy.setBy,
      action: "deputy.set",
      before: before ?? null,
      after: row,
    });
    return { before };
  }

  /** Records that a person is away until a day (inclusive), with their deputy; audited. */
  async setAbsence(planId: string, absence: Omit<Absence, "setAt">): Promise<void> {
    const row: Absence = {
      ...absence,
      upn: absence.upn.toLowerCase(),
      setAt: this.now().toISOString(),
    };
    await this.store
      .table(ABSENCES)
      .upsert({ partitionKey: escapeKey(planId), rowKey: escapeKey(row.upn), ...row }, "Replace");
    await this.audit.record({
      scope: planId,
      actor: row.upn,
      action: "absence.set",
      before: null,
      after: row,
    });
  }

  /** Ends deputies early: each removed row is audited with what it was. */
  async remove(planId: string, removed: readonly Deputy[], actor: string): Promise<void> {
    const table = this.store.table(DEPUTIES);
    for (const deputy of removed) {
      await table.delete(escapeKey(planId), deputyKey(deputy.unitId, deputy.deputy));
      await this.audit.record({
        scope: planId,
        actor,
        action: "deputy.remove",
        before: deputy,
        after: null,
      });
    }
    // Every instance keeps the plan's deputies under the shared version: they read them again.
    if (removed.length > 0) await bumpSharedVersion(this.store);
  }

  /** The person's absence that lasts today or later, if any. */
  async absenceOf(planId: string, upn: string): Promise<Absence | undefined> {
    const row = await this.store
      .table(ABSENCES)
      .get(escapeKey(planId), escapeKey(upn.toLowerCase()));
    if (!row || typeof row.until !== "string" || row.until < this.today()) return undefined;
    return toAbsence(row);
  }

  /**
   * Ends an absence before its last day: the absence row goes first, so that a fault after it
   * leaves the person reminded again and at worst a deputy who may still report; audited.
   */
  async endAbsence(planId: string, absence: Absence): Promise<void> {
    await this.store.table(ABSENCES).delete(escapeKey(planId), escapeKey(absence.upn));
    await this.audit.record({
      scope: planId,
      actor: absence.upn,
      action: "absence.end",
      before: absence,
      after: null,
    });
  }

  /** The plan's deputies that last today or later, by unit. */
  async current(planId: string): Promise<Deputy[]> {
    const today = this.today();
    const deputies = await deputiesByPlan.get(this.store, planId, async () =>
      (await this.store.table(DEPUTIES).partition(escapeKey(planId))).map(toDeputy),
    );
    return deputies.filter((deputy) => deputy.until === "" || deputy.until >= today);
  }

  /** Ids of the units this person is a deputy for today. */
  async unitsCoveredBy(planId: string, ids: readonly string[]): Promise<Set<string>> {
    return new Set(
      (await this.current(planId)).filter((d) => ids.includes(d.deputy)).map((d) => d.unitId),
    );
  }

  /** The deputy row that lets this person report for the unit today, if any. */
  async deputyFor(
    planId: string,
    unitId: string,
    identifiers: readonly string[],
  ): Promise<Deputy | undefined> {
    return (await this.current(planId)).find(
      (deputy) => deputy.unitId === unitId && identifiers.includes(deputy.deputy),
    );
  }

  /** UPNs (lower case) of the people who are away today. */
  async absentToday(planId: string): Promise<Set<string>> {
    const today = this.today();
    const rows = await this.store.table(ABSENCES).partition(escapeKey(planId));
    return new Set(
      rows
        .filter((row) => typeof row.until === "string" && row.until >= today)
        .map((row) => String(row.upn)),
    );
  }
}

function deputyKey(unitId: string, deputy: string): string {
  return `${escapeKey(unitId)}|${escapeKey(deputy.toLowerCase())}`;
}

const ABSENCE_FIELDS = ["upn", "name", "until", "deputy", "setAt"] as const;
const DEPUTY_FIELDS = [
  "unitId",
  "deputy",
  "deputyName",
  "forWhom",
  "until",
  "setBy",
  "setAt",
] as const;

/** The named text columns of a row; a missing or non-text column reads as "". */
function texts<K extends string>(
  row: Record<string, unknown>,
  keys: readonly K[],
): Record<K, string> {
  const value = (key: K) => (typeof row[key] === "string" ? (row[key] as string) : "");
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, string>;
}

function toAbsence(row: Record<string, unknown>): Absence {
  return texts(row, ABSENCE_FIELDS);
}

function toDeputy(row: Record<string, unknown>): Deputy {
  return texts(row, DEPUTY_FIELDS);
}
