// Ending a deputy before its last day: an admin removes one (`ersättare ta bort <enhet> [<person>]`),
// and a reporter who is back early ends their absence (`frånvarande slut`), which also ends the
// deputies they named for it. Both are audited; the unit's own reporters are never touched.
import { DomainError } from "../errors";
import type { Plan, Unit } from "../plan";
import { findUnit } from "../plan/assign-reporter";
import type { Absence, Deputy, DeputyDirectory } from "./deputy-directory";

export async function removeDeputy(
  deputies: DeputyDirectory,
  plan: Plan,
  request: { unitText: string; deputy?: string; actor: string },
): Promise<{ unit: Unit; removed: Deputy[] }> {
  const example = plan.units[0]?.name ?? "Hemtjänst Norr";
  if (request.unitText.trim() === "") {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Skriv vilken enhets ersättare som ska tas bort, t.ex. ersättare ta bort ${example} anna.berg@kommun.se.`,
    );
  }
  const unit = findUnit(plan, request.unitText);
  const wanted = request.deputy?.toLowerCase();
  const current = (await deputies.current(plan.id)).filter((d) => d.unitId === unit.id);
  const removed = wanted === undefined ? current : current.filter((d) => d.deputy === wanted);
  if (removed.length === 0) {
    throw new DomainError(
      "NOT_FOUND",
      `${unit.name} har ingen ersättare${wanted ? ` ${wanted}` : ""} just nu. Skriv ersättare för att se vilka som gäller.`,
    );
  }
  if (wanted === undefined && removed.length > 1) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${unit.name} har ${removed.length} ersättare: ${removed.map((d) => d.deputy).join(", ")}. Skriv vem som ska tas bort, t.ex. ersättare ta bort ${unit.name} ${removed[0]?.deputy ?? ""}.`,
    );
  }
  await deputies.remove(plan.id, removed, request.actor);
  return { unit, removed };
}

export async function endAbsence(
  deputies: DeputyDirectory,
  plan: Plan,
  person: { upn: string; identifiers: readonly string[] },
): Promise<{ absence: Absence; removed: Deputy[] }> {
  const absence = await deputies.absenceOf(plan.id, person.upn);
  if (!absence) {
    throw new DomainError(
      "NOT_FOUND",
      `Du står inte som frånvarande i ${plan.name}, så det finns ingen frånvaro att avsluta.`,
    );
  }
  // Only the deputies this absence named: one an admin named for the unit stays.
  const named = (await deputies.current(plan.id)).filter(
    (deputy) =>
      deputy.deputy === absence.deputy && person.identifiers.includes(deputy.setBy.toLowerCase()),
  );
  await deputies.endAbsence(plan.id, absence);
  await deputies.remove(plan.id, named, absence.upn);
  return { absence, removed: named };
}
