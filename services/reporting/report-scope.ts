// Which plan, period, unit and items an action is about, checked before anything is read or written:
// the plan and period exist, the unit is in the plan, the person reports for it (or is an admin), and
// the unit reports something in the period. A refusal is logged and counted in the audit log,
// whatever the card said, and the person gets a Swedish sentence.
import { earlierResults, type EarlierResults } from "./earlier-results";
import { hasPastMilestones, withLateMilestones } from "./late-milestones";
import type { AuditLog } from "../audit/audit-log";
import type { RefusalTally } from "../audit/refusal-tally";
import { CalendarStore, planCalendar, type ReportingPeriod, type WorkingHours } from "../calendar";
import { DomainError, type ErrorCode } from "../errors";
import type { Logger } from "../logging/logger";
import { loadPlan, type Plan, type Unit } from "../plan";
import { actorId, identifiersOf, type Person } from "../people/person";
import type { TableStore } from "../storage/tables";
import type { DeputyDirectory } from "../deputies/deputy-directory";
import type { Reporter } from "./report-model";
import { reportForm, type FormItem } from "./report-form";

export interface ReportingDeps {
  store: TableStore;
  audit: AuditLog;
  logger: Logger;
  now: () => Date;
  workingHours: WorkingHours;
  /** Counts refusals per person and minute; without it each refusal is one audit row. */
  refusals?: Pick<RefusalTally, "count">;
  /** Deputies who may report for a unit while they last; without it nobody is a deputy. */
  deputies?: Pick<DeputyDirectory, "deputyFor" | "unitsCoveredBy">;
}

export interface ReportScope {
  plan: Plan;
  periods: ReportingPeriod[];
  period: ReportingPeriod;
  unit: Unit;
  form: FormItem[];
  /** An admin acting for a unit they do not report for: the names of those who do. */
  onBehalfOf?: string[];
  /** A deputy acting for the unit's reporter: whom they report for ("NN för MM"). */
  deputyFor?: string;
  /** The unit's earlier results, when reading the scope needed them (late milestones). */
  earlier?: Map<string, EarlierResults>;
}

export type RefusalReason =
  | "unknownPlan"
  | "unknownPeriod"
  | "unknownUnit"
  | "notReporter"
  | "nothingToReport"
  | "unknownItem"
  | "wrongField"
  | "tooLong"
  | "periodClosed"
  | "notOpenYet";

export async function resolvePeriods(deps: ReportingDeps, plan: Plan): Promise<ReportingPeriod[]> {
  return new CalendarStore(deps.store, deps.audit, deps.now).resolve(
    planCalendar(plan, deps.workingHours),
  );
}

export function reportsFor(unit: Unit, reporter: Reporter): boolean {
  return unit.reporters.some((upn) => reporter.identifiers.includes(upn.toLowerCase()));
}

/** Turns a refused action into the error to throw, logged and audited (`refusal`). */
export type Refuse = (
  reason: RefusalReason,
  code: ErrorCode,
  message: string,
) => Promise<DomainError>;

/** The plan and the period an action names, with the plan's periods; refuses either when missing. */
export async function planAndPeriod(
  deps: ReportingDeps,
  request: { planId: string; periodId: string },
  refuse: Refuse,
): Promise<{ plan: Plan; periods: ReportingPeriod[]; period: ReportingPeriod }> {
  const plan = await loadPlan(deps.store, request.planId);
  if (!plan) {
    throw await refuse(
      "unknownPlan",
      "NOT_FOUND",
      "Planen som kortet gäller finns inte längre. Skriv rapportera för att öppna den aktuella rapporten.",
    );
  }
  const periods = await resolvePeriods(deps, plan);
  const period = periods.find((candidate) => candidate.id === request.periodId);
  if (!period) {
    throw await refuse(
      "unknownPeriod",
      "BAD_ARGUMENT",
      `Perioden ${request.periodId} finns inte i ${plan.name}. Planens perioder: ${periods.map((p) => p.id).join(", ")}.`,
    );
  }
  return { plan, periods, period };
}

/** Plan, period, unit and form of an action on one unit's report; refuses what is not allowed. */
/**
 * Late milestones are part of what is asked (late-milestones.ts), so a scope whose activities have
 * milestones past their period reads the earlier results they need, and keeps them for the view.
 */
export async function withLateAsked(
  deps: Pick<ReportingDeps, "store">,
  scope: Omit<ReportScope, "earlier">,
): Promise<Pick<ReportScope, "form" | "earlier">> {
  const { plan, periods, period, unit, form } = scope;
  if (!hasPastMilestones(plan, period.id, form)) return { form };
  const earlier = await earlierResults(deps.store, plan, periods, period.id, unit.id, form);
  return { form: withLateMilestones(plan, period.id, form, earlier), earlier };
}

export async function loadScope(
  deps: ReportingDeps,
  request: { planId: string; periodId: string; unitId: string },
  reporter: Reporter,
  action: string,
): Promise<ReportScope> {
  const refuse = (reason: RefusalReason, code: ErrorCode, message: string) =>
    refusal(deps, { ...request, reporter, action, reason }, new DomainError(code, message));
  const { plan, periods, period } = await planAndPeriod(deps, request, refuse);
  const unit = plan.units.find((candidate) => candidate.id === request.unitId);
  if (!unit) {
    throw await refuse(
      "unknownUnit",
      "NOT_FOUND",
      `Enheten ${request.unitId} finns inte i ${plan.name}. Inget sparades.`,
    );
  }
  const deputy = reportsFor(unit, reporter)
    ? undefined
    : await deps.deputies?.deputyFor(plan.id, unit.id, reporter.identifiers);
  if (!reporter.isAdmin && !reportsFor(unit, reporter) && !deputy) {
    throw await refuse(
      "notReporter",
      "FORBIDDEN",
      `Du rapporterar inte för ${unit.name}, så du kan inte öppna eller skicka in den rapporten. Inget sparades. Be en administratör om hjälp om det är fel.`,
    );
  }
  const asked = reportForm(plan, period.id, unit.id);
  if (asked.length === 0) {
    throw await refuse(
      "nothingToReport",
      "NOT_FOUND",
      `${unit.name} har inget att rapportera för ${period.label}.`,
    );
  }
  const { form, earlier } = await withLateAsked(deps, { plan, periods, period, unit, form: asked });
  if (deputy) {
    const forWhom = deputy.forWhom || reporterNames(plan, unit).join(", ");
    return { plan, periods, period, unit, form, earlier, deputyFor: forWhom };
  }
  const onBehalfOf = reportsFor(unit, reporter)
    ? undefined
    : unit.reporters.map(
        (upn) => plan.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase())?.name ?? upn,
      );
  return { plan, periods, period, unit, form, earlier, onBehalfOf };
}

/** The names of the unit's own reporters, as the plan names them. */
export function reporterNames(plan: Plan, unit: Unit): string[] {
  return unit.reporters.map(
    (upn) => plan.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase())?.name ?? upn,
  );
}

/** Who the report says acted: a deputy as "NN för MM", anyone else as themselves. */
export function actingReporter(
  scope: Pick<ReportScope, "deputyFor">,
  reporter: Reporter,
): Reporter {
  return scope.deputyFor
    ? { ...reporter, name: `${reporter.name} för ${scope.deputyFor}` }
    : reporter;
}

/** Logs and audits a refused action; returns the error to throw. */
export async function refusal(
  deps: ReportingDeps,
  attempt: {
    planId: string;
    periodId: string;
    unitId: string;
    reporter: Reporter;
    action: string;
    reason: RefusalReason;
    itemId?: string;
  },
  error: DomainError,
): Promise<DomainError> {
  const { reporter, ...facts } = attempt;
  // Only ids and the reason: never what the person wrote.
  deps.logger.warn(
    { module: "reporting", ...facts, person: reporter.id, code: error.code },
    "report action refused",
  );
  const counted = {
    scope: attempt.reason === "unknownPlan" ? "system" : attempt.planId,
    actor: reporter.id,
    action: "report.refused",
    facts,
  };
  if (deps.refusals) await deps.refusals.count(counted);
  else await deps.audit.record({ ...counted, after: facts });
  return error;
}

/** The person acting, as reporting knows them: named by UPN or e-mail as plans name people. */
export function reporterFrom(person: Person, isAdmin: boolean): Reporter {
  return {
    id: actorId(person),
    name: person.name || person.upn || person.email || person.aadObjectId,
    identifiers: identifiersOf(person),
    isAdmin,
  };
}
