// Reads who takes part: Ansvariga (reporters, owners and admins by unit) and Roller (reporter
// roles and their people). A person on several rows is one person, named the same each time.
import type { Data, SheetReader } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";
import type { Units } from "./read-organisation";
import { roleWords, sheets } from "./workbook-layout";

/** Ansvariga: one row per person and role. Fills the people list, the admins, and units' roles. */
export function readPeople(
  reader: SheetReader,
  units: Units,
): { people: Data[]; admins: string[] } {
  const people: Data[] = [];
  const admins: string[] = [];
  const known = new Map<string, { index: number; row: number }>();
  for (const row of reader.table("people", sheets.people.columns, [
    "role",
    "unit",
    "upn",
    "name",
  ])) {
    const role = roleWords.value(row.text("role"));
    const upn = row.text("upn");
    if (role === undefined) {
      reader.issues.add(
        row.at("role"),
        `Rollen ”${row.text("role")}” ska vara en av: ${roleWords.list.join(", ")}.`,
      );
      continue;
    }
    if (upn === "") {
      reader.issues.add(row.at("upn"), "Ange personens e-post eller UPN.");
      continue;
    }
    const seen = known.get(upn.toLowerCase());
    if (seen) {
      sameName(reader, people[seen.index] ?? {}, seen, row);
    } else {
      const path = ["people", people.length];
      known.set(upn.toLowerCase(), { index: people.length, row: row.row });
      reader.locations.set(path, row.at());
      const person: Data = {};
      reader.put(person, path, "upn", row, "upn");
      reader.put(person, path, "name", row, "name");
      people.push(person);
    }
    if (role === "admin") {
      reader.locations.set(["admins", admins.length], row.at("upn"));
      admins.push(upn);
      continue;
    }
    const unitId = row.text("unit");
    const u = units.index.get(unitId);
    const list =
      u === undefined ? undefined : units.list[u]?.[role === "reporter" ? "reporters" : "owners"];
    if (u === undefined || !Array.isArray(list)) {
      const message = unitId
        ? `Enheten ”${unitId}” finns inte på bladet ${sheets.units.name}.`
        : `Ange enhetens id för en ${roleWords.word(role).toLowerCase()}.`;
      reader.issues.add(row.at("unit"), message);
      continue;
    }
    reader.locations.set(
      ["units", u, role === "reporter" ? "reporters" : "owners", list.length],
      row.at("upn"),
    );
    list.push(upn);
  }
  return { people, admins };
}

/** Roller: one row per person in a role; the role's name once. People new here join the people list. */
export function readRoles(reader: SheetReader, people: Data[]): Data[] {
  const roles: Data[] = [];
  const byId = new Map<string, Data>();
  const known = new Map(people.map((person, index) => [String(person.upn).toLowerCase(), index]));
  for (const row of reader.table("roles", sheets.roles.columns, ["id", "upn"])) {
    const id = row.text("id");
    const upn = row.text("upn");
    if (id === "" || upn === "") {
      reader.issues.add(
        row.at(id === "" ? "id" : "upn"),
        "Ange rollens id och personens e-post eller UPN.",
      );
      continue;
    }
    let role = byId.get(id);
    if (!role) {
      const path = ["roles", roles.length];
      role = { people: [] };
      reader.locations.set(path, row.at());
      reader.put(role, path, "id", row, "id");
      reader.put(role, path, "name", row, "name");
      byId.set(id, role);
      roles.push(role);
    } else if (role.name === undefined && row.text("name") !== "") {
      reader.put(role, ["roles", roles.indexOf(role)], "name", row, "name");
    }
    const list = role.people as string[];
    reader.locations.set(["roles", roles.indexOf(role), "people", list.length], row.at("upn"));
    list.push(upn);
    if (!known.has(upn.toLowerCase())) {
      const path = ["people", people.length];
      known.set(upn.toLowerCase(), people.length);
      reader.locations.set(path, row.at());
      const person: Data = {};
      reader.put(person, path, "upn", row, "upn");
      reader.put(person, path, "name", row, "personName");
      people.push(person);
    }
  }
  return roles;
}

/** A person named on several rows: the name is given once, or the same each time. */
function sameName(
  reader: SheetReader,
  person: Data,
  seen: { index: number; row: number },
  row: SheetRow<"upn" | "name">,
): void {
  const name = row.text("name");
  if (name === "") return;
  if (person.name === undefined) {
    reader.put(person, ["people", seen.index], "name", row, "name");
  } else if (person.name !== name) {
    reader.issues.add(
      row.at("name"),
      `${row.text("upn")} har redan namnet ”${String(person.name)}” (rad ${seen.row}).`,
    );
  }
}
