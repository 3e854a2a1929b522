// `ansvarig <enhet> <person>`: an admin names who reports for a unit. The person replaces the unit's
// reporters, is added to the plan's people if new, and the change is audited. Results stay keyed by
// unit, so whoever reports next sees what was reported before.
import type { AuditLog } from "../audit/audit-log";
import { DomainError } from "../errors";
import type { TableStore } from "../storage/tables";
import { readStoredPlan, savePlan } from "./plan-store";
import type { Plan, Unit } from "./plan-schema";
import { parseUpn } from "../people/upn";
import { validatePlanData } from "./validate-plan";

export interface ReporterChange {
  unit: Unit;
  before: string[];
  after: string[];
}

export interface ReporterRequest {
  planId: string;
  /** The unit's id or name, as the admin wrote it. */
  unit: string;
  reporter: { upn: string; name?: string };
  actor: string;
}

type AssignDeps = { store: TableStore; audit: AuditLog; now: () => Date };

/** assignReporter bound once to its store, audit log and clock in the composition root. */
export interface ReporterAssignment {
  assign(request: ReporterRequest): Promise<ReporterChange>;
}

export function reporterAssignment(deps: AssignDeps): ReporterAssignment {
  return { assign: (request) => assignReporter(deps, request) };
}

export async function assignReporter(
  deps: AssignDeps,
  request: ReporterRequest,
): Promise<ReporterChange> {
  const parsed = parseUpn(request.reporter.upn);
  if ("problem" in parsed) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${parsed.problem} Exempel: ansvarig Hemtjänst Norr anna.berg@kommun.se`,
    );
  }
  const { upn } = parsed;
  const stored = await readStoredPlan(deps.store, request.planId);
  if (!stored.plan)
    throw new DomainError("NOT_FOUND", `Det finns ingen plan med id ${request.planId}.`);
  const plan: Plan = structuredClone(stored.plan);
  const unit = findUnit(plan, request.unit);
  const before = [...unit.reporters];
  unit.reporters = [upn];
  if (!plan.people.some((person) => person.upn.toLowerCase() === upn)) {
    plan.people.push({ upn, name: request.reporter.name ?? upn });
  }
  const checked = validatePlanData(plan);
  if (!checked.ok) {
    throw new DomainError(
      "PLAN_INVALID",
      `Ändringen skulle göra planen ogiltig: ${checked.problems.map((p) => p.message).join(" ")}`,
    );
  }
  await savePlan(
    deps.store,
    plan,
    { importedAt: deps.now().toISOString(), importedBy: request.actor },
    stored,
  );
  await deps.audit.record({
    scope: plan.id,
    actor: request.actor,
    action: "unit.reporters",
    before: { unit: unit.id, reporters: before },
    after: { unit: unit.id, reporters: [upn] },
  });
  return { unit, before, after: [upn] };
}

/** A unit by id or name, case-insensitively; an unknown or ambiguous name says which units exist. */
export function findUnit(plan: Plan, text: string): Unit {
  const wanted = text.trim().toLocaleLowerCase("sv-SE");
  const exact = plan.units.filter(
    (unit) =>
      unit.id.toLocaleLowerCase("sv-SE") === wanted ||
      unit.name.toLocaleLowerCase("sv-SE") === wanted,
  );
  if (exact.length === 1 && exact[0]) return exact[0];
  const partial = plan.units.filter((unit) =>
    unit.name.toLocaleLowerCase("sv-SE").includes(wanted),
  );
  if (exact.length === 0 && partial.length === 1 && partial[0]) return partial[0];
  const candidates = (partial.length > 1 ? partial : plan.units)
    .slice(0, 12)
    .map((unit) => unit.name);
  throw new DomainError(
    "NOT_FOUND",
    `${partial.length > 1 ? `Flera enheter passar ”${text}”` : `Jag hittar ingen enhet ”${text}”`} i ${plan.name}. ` +
      `Enheter: ${candidates.join(", ")}${plan.units.length > candidates.length ? " …" : ""}. ` +
      `Exempel: ansvarig ${plan.units[0]?.name ?? "Hemtjänst Norr"} anna.berg@kommun.se`,
  );
}
