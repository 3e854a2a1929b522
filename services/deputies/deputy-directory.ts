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

function toDeputy(row: Record<string, unknown>): Deputy {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    unitId: text(row.unitId),
    deputy: text(row.deputy),
    deputyName: text(row.deputyName),
    forWhom: text(row.forWhom),
    until: text(row.until),
    setBy: text(row.setBy),
    setAt: text(row.setAt),
  };
}
