// The two ways a deputy is named: an admin for a unit (`ersättare <enhet> <person> [till <datum>]`),
// and a reporter for all their units while they are away (`frånvarande till <datum> ersättare
// <person>`). Dates as the `deadline` command reads them (2025-05-20, 20 maj, 20/5), in
// Europe/Stockholm, never before today.
import { parseSwedishDate } from "../calendar/swedish-date";
import { DomainError } from "../errors";
import type { Plan, Unit } from "../plan";
import { findUnit } from "../plan/assign-reporter";
import type { Deputy, DeputyDirectory } from "./deputy-directory";

export interface NamedDeputy {
  upn: string;
  name?: string;
}

/** The date as written, not before today; the error gives the whole command as an example. */
export function untilDate(text: string, today: string, example: (date: string) => string): string {
  let date: string;
  try {
    date = parseSwedishDate(text, { today });
  } catch (error) {
    if (error instanceof DomainError) {
      throw new DomainError("BAD_ARGUMENT", `${error.message} Hela kommandot: ${example(today)}.`);
    }
    throw error;
  }
  if (date < today) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Datumet ${date} har redan varit; i dag är det ${today}. Skriv en dag från och med i dag, t.ex. ${example(today)}.`,
    );
  }
  return date;
}

export async function nameDeputy(
  deputies: DeputyDirectory,
  plan: Plan,
  request: { unitText: string; deputy: NamedDeputy; untilText?: string; actor: string },
): Promise<{ unit: Unit; deputy: Deputy; before?: Deputy }> {
  if (request.unitText.trim() === "") {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Skriv vilken enhet ersättaren ska rapportera för, t.ex. ersättare ${plan.units[0]?.name ?? "Hemtjänst Norr"} anna.berg@kommun.se till 30 juni.`,
    );
  }
  const unit = findUnit(plan, request.unitText);
  const until =
    request.untilText === undefined
      ? ""
      : untilDate(
          request.untilText,
          deputies.today(),
          (date) => `ersättare ${unit.name} ${request.deputy.upn} till ${date}`,
        );
  const deputy: Omit<Deputy, "setAt"> = {
    unitId: unit.id,
    deputy: request.deputy.upn,
    deputyName: nameOf(plan, request.deputy),
    forWhom: "",
    until,
    setBy: request.actor,
  };
  const { before } = await deputies.set(plan.id, deputy);
  return { unit, deputy: { ...deputy, setAt: "" }, before };
}

export async function reportAbsence(
  deputies: DeputyDirectory,
  plan: Plan,
  request: {
    person: { upn: string; name: string; identifiers: readonly string[] };
    untilText: string;
    deputy: NamedDeputy;
  },
): Promise<{ until: string; units: Unit[]; deputyName: string }> {
  const units = plan.units.filter((unit) =>
    unit.reporters.some((upn) => request.person.identifiers.includes(upn.toLowerCase())),
  );
  if (units.length === 0) {
    throw new DomainError(
      "NOT_FOUND",
      `Du står inte som rapportör för någon enhet i ${plan.name}, så det finns inget att lämna över. Be en administratör om hjälp om det är fel.`,
    );
  }
  if (request.person.identifiers.includes(request.deputy.upn.toLowerCase())) {
    throw new DomainError("BAD_ARGUMENT", "Ersättaren ska vara någon annan än du själv.");
  }
  const until = untilDate(
    request.untilText,
    deputies.today(),
    (date) => `frånvarande till ${date} ersättare ${request.deputy.upn}`,
  );
  const deputyName = nameOf(plan, request.deputy);
  for (const unit of units) {
    await deputies.set(plan.id, {
      unitId: unit.id,
      deputy: request.deputy.upn,
      deputyName,
      forWhom: request.person.name,
      until,
      setBy: request.person.upn,
    });
  }
  await deputies.setAbsence(plan.id, {
    upn: request.person.upn,
    name: request.person.name,
    until,
    deputy: request.deputy.upn,
  });
  return { until, units, deputyName };
}

function nameOf(plan: Plan, person: NamedDeputy): string {
  const known = plan.people.find((p) => p.upn.toLowerCase() === person.upn.toLowerCase());
  return known?.name ?? person.name ?? person.upn;
}
