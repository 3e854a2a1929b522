// What a plan must mean, beyond its shape: ids unique and referring to things that exist, rules
// that parse and fit the units that report them, a reporter for every reporting unit. Every
// problem is collected, each with the path of the field it is about, so the file reader can say
// where it is (a YAML line, an Excel cell).
import { resolvePeriod } from "../calendar/resolve-periods";
import { isDomainError } from "../errors";
import type { Plan, Unit } from "./plan-schema";
import { leafUnits } from "./plan-items";
import { unitReportingUnitIds } from "./reporter-roles";
import { checkIndicators } from "./indicator-checks";
import { checkRollups } from "./rollup-checks";
import type { PlanPath, PlanProblem, Report } from "./plan-problem";

type ItemPath = {
  path: PlanPath;
  periods?: string[];
  reportingUnits?: string[];
  reporterRole?: string;
  roleUnits?: string[];
};

export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const report = (path: PlanPath, message: string) => problems.push({ path, message });

  checkPeriods(plan, report);
  const people = checkPeople(plan, report);
  checkUnits(plan, people, report);
  checkUnique(
    plan.goalAreas.map((area, a) => ({ id: area.id, path: ["goalAreas", a, "id"] })),
    "målområde",
    report,
  );
  checkUnique(
    plan.goalAreas.flatMap((area, a) =>
      area.goals.map((goal, g) => ({ id: goal.id, path: ["goalAreas", a, "goals", g, "id"] })),
    ),
    "mål",
    report,
  );
  const items = itemsWithPaths(plan);
  checkUnique(
    items.map((item) => ({ id: item.id, path: [...item.path, "id"] })),
    "punkt att följa upp (indikator, aktivitet eller fråga)",
    report,
  );
  checkItemReferences(plan, items, report);
  checkRoles(plan, people, items, report);
  checkIndicators(plan, report);
  checkRollups(plan, report);
  checkReporters(plan, report);
  return problems;
}

function checkUnique(
  entries: { id: string; path: PlanPath }[],
  what: string,
  report: Report,
): void {
  const seen = new Map<string, PlanPath>();
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    if (seen.has(key)) {
      report(
        entry.path,
        `Id "${entry.id}" finns redan för en annan ${what}. Varje id ska vara unikt.`,
      );
    } else {
      seen.set(key, entry.path);
    }
  }
}

function checkPeriods(plan: Plan, report: Report): void {
  checkUnique(
    plan.periods.map((period, p) => ({ id: period.id, path: ["periods", p, "id"] })),
    "period",
    report,
  );
  plan.periods.forEach((period, p) => {
    const path = ["periods", p];
    // The calendar dates what the plan leaves out; a period it cannot date is an error here.
    let dates: { start: string; end: string; opens: string; deadline: string };
    try {
      dates = resolvePeriod(period, { year: plan.year });
    } catch (error) {
      if (!isDomainError(error, "PLAN_INVALID")) throw error;
      report([...path, "start"], error.message);
      return;
    }
    if (dates.start > dates.end) {
      report(
        [...path, period.end ? "end" : "start"],
        `Perioden ${period.id} slutar (${dates.end}) före sin start (${dates.start}).`,
      );
    }
    if (period.opens && period.deadline && period.opens > period.deadline) {
      report(
        [...path, "deadline"],
        `Perioden ${period.id} har sista dag (${period.deadline}) före första rapportdag (${period.opens}).`,
      );
    }
  });
}

/** Checks the people list; returns the UPNs it holds, lower case. */
function checkPeople(plan: Plan, report: Report): Set<string> {
  checkUnique(
    plan.people.map((person, i) => ({ id: person.upn, path: ["people", i, "upn"] })),
    "person (samma e-post/UPN, oavsett stora och små bokstäver)",
    report,
  );
  const known = new Set(plan.people.map((person) => person.upn.toLowerCase()));
  plan.admins.forEach((upn, i) => {
    if (!known.has(upn.toLowerCase())) report(["admins", i], notInPeople(upn));
  });
  return known;
}

function notInPeople(upn: string): string {
  return `${upn} finns inte bland planens personer (people). Lägg till personen med namn.`;
}

function checkUnits(plan: Plan, people: Set<string>, report: Report): void {
  checkUnique(
    plan.units.map((unit, u) => ({ id: unit.id, path: ["units", u, "id"] })),
    "enhet",
    report,
  );
  const byId = new Map(plan.units.map((unit) => [unit.id, unit]));
  plan.units.forEach((unit, u) => {
    if (unit.parent !== undefined) {
      if (!byId.has(unit.parent)) {
        report(
          ["units", u, "parent"],
          `Den överordnade enheten "${unit.parent}" finns inte bland enheterna.`,
        );
      } else {
        const cycle = cycleOf(unit, byId);
        // One error per loop: at the loop's first unit in the list.
        if (cycle && plan.units.findIndex((x) => cycle.includes(x.id)) === u) {
          const loop = [...cycle, unit.id].join(" → ");
          report(["units", u, "parent"], `Enheten ${unit.id} ligger under sig själv (${loop}).`);
        }
      }
    }
    for (const role of ["reporters", "owners"] as const) {
      unit[role].forEach((upn, i) => {
        if (!people.has(upn.toLowerCase())) report(["units", u, role, i], notInPeople(upn));
      });
    }
  });
}

/** The units of the loop the unit is on, when following parents leads back to it; else undefined. */
function cycleOf(start: Unit, byId: Map<string, Unit>): string[] | undefined {
  const chain = [start.id];
  for (let unit = byId.get(start.parent ?? ""); unit; unit = byId.get(unit.parent ?? "")) {
    if (unit.id === start.id) return chain;
    if (chain.includes(unit.id)) return undefined; // a loop further up, not through this unit
    chain.push(unit.id);
  }
  return undefined;
}

function itemsWithPaths(
  plan: Plan,
): (ItemPath & { id: string; milestones?: { period?: string; from?: string }[] })[] {
  return plan.goalAreas.flatMap((area, a) =>
    area.goals.flatMap((goal, g) => {
      const base: PlanPath = ["goalAreas", a, "goals", g];
      return [
        ...goal.indicators.map((item, i) => ({ ...item, path: [...base, "indicators", i] })),
        ...goal.activities.map((item, i) => ({ ...item, path: [...base, "activities", i] })),
        ...goal.questions.map((item, i) => ({ ...item, path: [...base, "questions", i] })),
      ];
    }),
  );
}

function checkItemReferences(
  plan: Plan,
  items: ReturnType<typeof itemsWithPaths>,
  report: Report,
): void {
  const periods = new Set(plan.periods.map((period) => period.id));
  const units = new Set(plan.units.map((unit) => unit.id));
  const knownPeriods = plan.periods.map((period) => period.id).join(", ");
  const checkPeriod = (path: PlanPath, id: string | undefined) => {
    if (id !== undefined && !periods.has(id)) {
      report(path, `Perioden "${id}" finns inte i planen. Planens perioder: ${knownPeriods}.`);
    }
  };
  for (const item of items) {
    item.periods?.forEach((id, i) => checkPeriod([...item.path, "periods", i], id));
    item.reportingUnits?.forEach((id, i) => {
      if (!units.has(id))
        report([...item.path, "reportingUnits", i], `Enheten "${id}" finns inte bland enheterna.`);
    });
    item.milestones?.forEach((milestone, m) => {
      checkPeriod([...item.path, "milestones", m, "from"], milestone.from);
      checkPeriod([...item.path, "milestones", m, "period"], milestone.period);
    });
  }
}

/** Every unit that reports something must have someone who reports for it. */
function checkReporters(plan: Plan, report: Report): void {
  const counts = new Map<string, number>();
  for (const area of plan.goalAreas) {
    for (const goal of area.goals) {
      for (const item of [...goal.indicators, ...goal.activities, ...goal.questions]) {
        // What a role reports for a unit needs no reporter of the unit's own.
        for (const id of unitReportingUnitIds(plan, item))
          counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  plan.units.forEach((unit, u) => {
    const count = counts.get(unit.id) ?? 0;
    if (count > 0 && unit.reporters.length === 0) {
      report(
        ["units", u, "reporters"],
        `Enheten ${unit.name} (${unit.id}) rapporterar ${count} ${count === 1 ? "punkt" : "punkter"} ` +
          "men har ingen ansvarig för rapportering. Ange minst en rapportör för enheten.",
      );
    }
  });
}

/** Roles: unique ids, their people in `people`; an item's role exists and its units report the item. */
function checkRoles(
  plan: Plan,
  people: Set<string>,
  items: ReturnType<typeof itemsWithPaths>,
  report: Report,
): void {
  checkUnique(
    plan.roles.map((role, r) => ({ id: role.id, path: ["roles", r, "id"] })),
    "roll",
    report,
  );
  plan.roles.forEach((role, r) => {
    role.people.forEach((upn, i) => {
      if (!people.has(upn.toLowerCase())) report(["roles", r, "people", i], notInPeople(upn));
    });
  });
  const roles = new Set(plan.roles.map((role) => role.id));
  const known = plan.roles.map((role) => role.id).join(", ") || "(inga)";
  const leaves = leafUnits(plan).map((unit) => unit.id);
  for (const item of items) {
    const { reporterRole, roleUnits } = item;
    if (reporterRole !== undefined && !roles.has(reporterRole)) {
      report(
        [...item.path, "reporterRole"],
        `Rollen "${reporterRole}" finns inte bland planens roller (roles). Planens roller: ${known}.`,
      );
    }
    if (roleUnits === undefined) continue;
    if (reporterRole === undefined) {
      report(
        [...item.path, "roleUnits"],
        "roleUnits gäller bara tillsammans med reporterRole: ange rollen som rapporterar.",
      );
    }
    const reporting = item.reportingUnits ?? leaves;
    roleUnits.forEach((id, i) => {
      if (!reporting.includes(id)) {
        report(
          [...item.path, "roleUnits", i],
          `Enheten "${id}" rapporterar inte punkten ${item.id}, så rollen kan inte rapportera den för enheten.`,
        );
      }
    });
  }
}
