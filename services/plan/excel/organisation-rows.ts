// The rows of the workbook's sheets about the organisation and its plan (organisation-sheets.ts):
// the plan's own fields, its periods, units, people by role, and reporter roles.
import type { Plan } from "../plan-schema";
import { weightsText } from "./rollup-cells";
import type { Cells } from "./write-sheet";
import { organisationSheets as sheets } from "./organisation-sheets";
import { periodKindWords, planFields, roleWords } from "./workbook-layout";

type Rows<Sheet extends keyof typeof sheets> = Cells<
  keyof (typeof sheets)[Sheet]["columns"] & string
>[];

/** People's names by UPN (any case), as the plan gives them. */
export type PeopleNames = ReadonlyMap<string, string>;

export function peopleNames(plan: Plan): PeopleNames {
  return new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
}

export function planRows(plan: Plan): Rows<"plan"> {
  return Object.entries(planFields).flatMap(([field, label]) => {
    const value = planValue(plan, field);
    return value === undefined ? [] : [{ field: label, value }];
  });
}

export function periodRows(plan: Plan): Rows<"periods"> {
  return plan.periods.map((period) => ({
    id: period.id,
    kind: periodKindWords.word(period.kind),
    label: period.label,
    start: period.start,
    end: period.end,
    opens: period.opens,
    deadline: period.deadline,
  }));
}

export function unitRows(plan: Plan): Rows<"units"> {
  return plan.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    parent: unit.parent,
    type: unit.type,
    weights: weightsText(unit.weights),
    koladaOu: unit.koladaOu,
  }));
}

export function peopleRows(plan: Plan, names: PeopleNames): Rows<"people"> {
  const person = (role: "reporter" | "owner" | "admin", upn: string, unit?: string) => ({
    role: roleWords.word(role),
    unit,
    upn,
    name: names.get(upn.toLowerCase()),
  });
  return [
    ...plan.admins.map((upn) => person("admin", upn)),
    ...plan.units.flatMap((unit) => [
      ...unit.reporters.map((upn) => person("reporter", upn, unit.id)),
      ...unit.owners.map((upn) => person("owner", upn, unit.id)),
    ]),
  ];
}

export function roleRows(plan: Plan, names: PeopleNames): Rows<"roles"> {
  return plan.roles.flatMap((role) =>
    role.people.map((upn, i) => ({
      id: role.id,
      name: i === 0 ? role.name : undefined,
      upn,
      personName: names.get(upn.toLowerCase()),
    })),
  );
}

function planValue(plan: Plan, field: string): string | number | undefined {
  switch (field) {
    case "id":
      return plan.id;
    case "organisation":
      return plan.organisation;
    case "year":
      return plan.year;
    case "name":
      return plan.name;
    case "board":
      return plan.board;
    case "organisationUnit":
      return plan.organisationUnit;
    case "description":
      return plan.description;
    case "koladaMunicipality":
      return plan.koladaMunicipality;
    default:
      return undefined;
  }
}
