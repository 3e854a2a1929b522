// What admins have set in a plan's calendar, in Table Storage, and the use cases that change it.
// Each change is checked first (period-changes.ts), written only if the row is unchanged since it
// was read (ETag), retried once on a conflict after reading again, and written to the audit log.
//
// Table `Periods`: PK <plan id, escaped>, RK <the plan's period id, escaped>.
import { z } from "zod";
import type { AuditLog } from "../audit/audit-log";
import { DomainError } from "../errors";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type Table, type TableStore } from "../storage/tables";
import {
  planPeriod,
  validateDeadline,
  validateOpens,
  validateReminderDays,
  type ChangeContext,
  type PeriodChange,
} from "./period-changes";
import type { PlanCalendar } from "./plan-calendar";
import type { PeriodOverride, PeriodOverrides, ReportingPeriod } from "./reporting-period";
import { DEFAULT_REMINDER_DAYS_BEFORE } from "./reminder-steps";
import { resolvePeriod, resolvePeriods } from "./resolve-periods";
import { DEFAULT_WORKING_HOURS } from "./working-hours";
import { todayIn } from "./working-time";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { cachedOverrides, cachedPeriods } from "./calendar-cache";

const TABLE = "Periods";

export interface PeriodChangeResult {
  before: ReportingPeriod;
  after: ReportingPeriod;
}

type ChangeAction = "period.deadline" | "period.opens" | "period.reminders";

const isoDate = z.iso.date();
const rowSchema = z.object({
  periodId: z.string(),
  opens: isoDate.optional(),
  deadline: isoDate.optional(),
  reminderDaysBefore: z
    .string()
    .optional()
    .transform((json, context): unknown => {
      if (json === undefined) return undefined;
      try {
        return JSON.parse(json);
      } catch {
        context.issues.push({ code: "custom", message: "is not JSON", input: json });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.int().positive()).optional()),
  etag: z.string(),
});

interface StoredOverride {
  override: PeriodOverride;
  etag: string;
}

export class CalendarStore {
  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Everything admins have set for a plan, keyed by the plan's period id. */
  /** From this instance's memory while no instance has changed shared data. */
  getOverrides(planId: string): Promise<PeriodOverrides> {
    return cachedOverrides(this.store, planId, () => this.readOverrides(planId));
  }

  private async readOverrides(planId: string): Promise<PeriodOverrides> {
    const overrides: Record<string, PeriodOverride> = {};
    for (const row of await this.store.table(TABLE).partition(escapeKey(planId))) {
      const { periodId, override } = readRow(row);
      overrides[periodId] = override;
    }
    return overrides;
  }

  /** The plan's periods with what admins have set applied. */
  /** Resolved once while the plan and its overrides are unchanged in memory (calendar-cache.ts). */
  async resolve(plan: PlanCalendar): Promise<ReportingPeriod[]> {
    const overrides = await this.getOverrides(plan.planId);
    return [...cachedPeriods(plan, overrides, () => resolvePeriods({ ...plan, overrides }))];
  }

  /** `date` as the admin wrote it ("15 maj", "2025-05-15", …), or "standard". */
  setDeadline(
    plan: PlanCalendar,
    period: string,
    date: string,
    actor: string,
  ): Promise<PeriodChangeResult> {
    return this.change(plan, period, actor, "period.deadline", (context, id) =>
      validateDeadline(context, id, date),
    );
  }

  setOpens(
    plan: PlanCalendar,
    period: string,
    date: string,
    actor: string,
  ): Promise<PeriodChangeResult> {
    return this.change(plan, period, actor, "period.opens", (context, id) =>
      validateOpens(context, id, date),
    );
  }

  /** `days`: "7 3 1", "inga" (none before the deadline), "standard" (the default), or numbers. */
  setReminderDays(
    plan: PlanCalendar,
    period: string,
    days: string | readonly number[],
    actor: string,
  ): Promise<PeriodChangeResult> {
    return this.change(plan, period, actor, "period.reminders", (context, id) =>
      validateReminderDays(context, id, days),
    );
  }

  private async change(
    plan: PlanCalendar,
    periodText: string,
    actor: string,
    action: ChangeAction,
    validate: (context: ChangeContext, periodId: string) => PeriodChange,
  ): Promise<PeriodChangeResult> {
    const table = this.store.table(TABLE);
    const today = todayIn(this.now(), (plan.workingHours ?? DEFAULT_WORKING_HOURS).timeZone);
    // An unknown period is refused before anything is read.
    const definition = planPeriod({ ...plan, overrides: {}, today }, periodText);
    const periodId = definition.id;

    for (let attempt = 1; ; attempt += 1) {
      const stored = await readOne(table, plan.planId, periodId);
      const overrides: PeriodOverrides = stored ? { [periodId]: stored.override } : {};
      const change = validate({ ...plan, overrides, today }, periodId);
      const before = resolvePeriod(definition, { ...plan, overrides });
      const after = resolvePeriod(definition, {
        ...plan,
        overrides: { [periodId]: change.override },
      });
      if (JSON.stringify(stored?.override ?? {}) === JSON.stringify(change.override)) {
        return { before, after };
      }
      const written = await write(table, plan.planId, change, stored?.etag, actor, this.now());
      if (!written && attempt < 2) continue;
      if (!written) {
        throw new DomainError(
          "CONFLICT",
          `Någon annan ändrade ${before.label} samtidigt. Titta på perioden och försök igen.`,
        );
      }
      await bumpSharedVersion(this.store);
      await this.audit.record({
        scope: plan.planId,
        actor,
        action,
        before: auditedFields(action, before, stored?.override ?? {}),
        after: auditedFields(action, after, change.override),
      });
      return { before, after };
    }
  }
}

async function readOne(
  table: Table,
  planId: string,
  periodId: string,
): Promise<StoredOverride | undefined> {
  const row = await table.get(escapeKey(planId), escapeKey(periodId));
  return row ? readRow(row) : undefined;
}

function readRow(row: Record<string, unknown>): StoredOverride & { periodId: string } {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) {
    throw new DomainError(
      "STORAGE_UNAVAILABLE",
      "En sparad period i tabellen Periods går inte att läsa.",
      { issues: parsed.error.issues },
    );
  }
  const { periodId, opens, deadline, reminderDaysBefore, etag } = parsed.data;
  return {
    periodId,
    etag,
    override: {
      ...(opens === undefined ? {} : { opens }),
      ...(deadline === undefined ? {} : { deadline }),
      ...(reminderDaysBefore === undefined ? {} : { reminderDaysBefore }),
    },
  };
}

/** False when someone else wrote the row since it was read (a lost race). */
async function write(
  table: Table,
  planId: string,
  change: PeriodChange,
  etag: string | undefined,
  actor: string,
  at: Date,
): Promise<boolean> {
  const { opens, deadline, reminderDaysBefore } = change.override;
  const entity = {
    partitionKey: escapeKey(planId),
    rowKey: escapeKey(change.periodId),
    periodId: change.periodId,
    ...(opens === undefined ? {} : { opens }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(reminderDaysBefore === undefined
      ? {}
      : { reminderDaysBefore: JSON.stringify(reminderDaysBefore) }),
    updatedBy: actor,
    updatedAt: at.toISOString(),
  };
  if (etag === undefined) return table.create(entity);
  try {
    await table.update(entity, "Replace", etag);
    return true;
  } catch (error) {
    if (isStorageConflict(error)) return false;
    throw error;
  }
}

function auditedFields(action: ChangeAction, period: ReportingPeriod, override: PeriodOverride) {
  switch (action) {
    case "period.deadline":
      return { periodId: period.id, deadline: period.deadline };
    case "period.opens":
      return { periodId: period.id, opens: period.opens };
    case "period.reminders":
      return {
        periodId: period.id,
        reminderDaysBefore: override.reminderDaysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE,
      };
  }
}
