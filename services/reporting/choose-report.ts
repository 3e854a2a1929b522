// `rapportera [period] [enhet]`: which period (the named one, else the open one whose deadline is
// nearest) and which of the person's units, with each unit's report row so a person with several
// units can pick one and see which are done.
import { findPeriod, type ReportingPeriod } from "../calendar";
import { DomainError } from "../errors";
import { rolesOf, type Plan, type ReporterRole, type Unit } from "../plan";
import { roleForm } from "./role-report";
import type { Reporter, UnitReport } from "./report-model";
import { unitByText, unitsReportingIn } from "./report-form";
import { refusal, reportsFor, resolvePeriods, type ReportingDeps } from "./report-scope";
import { listReports } from "./report-store";
import { currentPeriod } from "./current-period";
import { notOpenMessage, reportWindow, type ReportWindow } from "./report-window";

export type ReportChoice =
  | { kind: "noneOpen"; next?: ReportingPeriod; last?: ReportingPeriod }
  | {
      kind: "units";
      period: ReportingPeriod;
      window: ReportWindow;
      units: { unit: Unit; report?: UnitReport }[];
      /** The person's reporter roles with something to report in the period (HR …); none: []. */
      roles?: ReporterRole[];
    };

/** `T1`, `Tertial 1 Hemtjänst Norsjö`, `hemtjänst norsjö`: the period (up to three words) and the unit. */
export function splitReportArguments(
  plan: Pick<Plan, "periods" | "year">,
  text: string,
): { periodId?: string; unitText?: string } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let count = Math.min(3, words.length); count > 0; count -= 1) {
    const period = findPeriod(plan.periods, words.slice(0, count).join(" "), plan.year);
    if (period) {
      const rest = words.slice(count).join(" ");
      return { periodId: period.id, unitText: rest || undefined };
    }
  }
  return { unitText: words.join(" ") || undefined };
}

export async function chooseReport(
  deps: ReportingDeps,
  plan: Plan,
  text: string,
  reporter: Reporter,
): Promise<ReportChoice> {
  const { periodId, unitText } = splitReportArguments(plan, text);
  const periods = await resolvePeriods(deps, plan);
  const now = deps.now();
  const zone = deps.workingHours.timeZone;
  let period = periods.find((candidate) => candidate.id === periodId);
  if (!period) {
    const choice = currentPeriod(periods, now, zone);
    if (choice.kind === "noneOpen") return choice;
    period = choice.period;
  }
  if (reportWindow(period, now, zone) === "notOpen") {
    throw new DomainError("PERIOD_CLOSED", notOpenMessage(period));
  }

  const covered = (await deps.deputies?.unitsCoveredBy(plan.id, reporter.identifiers)) ?? new Set();
  const mine = (unit: Unit) => reportsFor(unit, reporter) || covered.has(unit.id);
  const roles = rolesOf(plan, reporter.identifiers).filter(
    (role) => roleForm(plan, period.id, role.id).size > 0,
  );
  let units: Unit[];
  const role = unitText ? namedRole(roles, unitText) : undefined;
  if (role) {
    return {
      kind: "units",
      period,
      window: reportWindow(period, now, zone),
      units: [],
      roles: [role],
    };
  }
  if (unitText) {
    const unit = namedUnit(plan, unitText, periodId === undefined);
    if (!reporter.isAdmin && !mine(unit)) {
      throw await refusal(
        deps,
        {
          planId: plan.id,
          periodId: period.id,
          unitId: unit.id,
          reporter,
          action: "report.choose",
          reason: "notReporter",
        },
        new DomainError(
          "FORBIDDEN",
          `Du rapporterar inte för ${unit.name}. Skriv rapportera för att se dina enheter.`,
        ),
      );
    }
    units = [unit];
  } else {
    units = unitsReportingIn(plan, period.id).filter(mine);
    if (units.length === 0 && roles.length === 0) {
      throw new DomainError(
        "NOT_FOUND",
        reporter.isAdmin
          ? `Du rapporterar inte själv för någon enhet för ${period.label}. Som administratör kan du öppna en enhets rapport, t.ex. rapportera ${period.id} ${plan.units[0]?.name ?? "<enhet>"}.`
          : `Du står inte som rapportör för någon enhet som rapporterar för ${period.label}. Be en administratör lägga till dig (ansvarig <enhet> <person>).`,
      );
    }
  }
  const reports = new Map(
    (await listReports(deps.store, plan.id, period.id)).map((report) => [report.unitId, report]),
  );
  return {
    kind: "units",
    period,
    window: reportWindow(period, now, zone),
    units: units.map((unit) => ({ unit, report: reports.get(unit.id) })),
    roles: unitText ? [] : roles,
  };
}

/** One of the person's roles, named by id or name (`rapportera T1 HR`). */
function namedRole(roles: ReporterRole[], text: string): ReporterRole | undefined {
  const wanted = text.trim().toLowerCase();
  return roles.find(
    (role) => role.id.toLowerCase() === wanted || (role.name ?? "").toLowerCase() === wanted,
  );
}

/** The unit a person named; when no period was recognised either, say both what was expected. */
function namedUnit(plan: Plan, text: string, noPeriod: boolean): Unit {
  try {
    return unitByText(plan, text);
  } catch (error) {
    if (!noPeriod || !(error instanceof DomainError)) throw error;
    throw new DomainError(
      "BAD_ARGUMENT",
      `Jag känner inte igen ”${text}” som en period eller en enhet. Skriv t.ex. rapportera ${plan.periods[0]?.id ?? "T1"}. Planens perioder: ${plan.periods.map((p) => p.id).join(", ")}.`,
    );
  }
}
