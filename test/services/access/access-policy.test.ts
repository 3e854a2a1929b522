import { ACCESS, decide, type Access, type Actor } from "../../../services/access";

const units = new Map([
  ["htj-norsjo", "Hemtjänst Norsjö"],
  ["sabo-norrgarden", "Särskilt boende Norrgården"],
]);
const actor = (over: Partial<Actor> = {}): Actor => ({
  isAdmin: false,
  isLeadership: false,
  reporterOf: new Set(),
  planUnits: units,
  ...over,
});

const ROLES: Record<string, Actor> = {
  admin: actor({ isAdmin: true }),
  leadership: actor({ isLeadership: true }),
  reporter: actor({ reporterOf: new Set(["htj-norsjo"]) }),
  otherReporter: actor({ reporterOf: new Set(["sabo-norrgarden"]) }),
  stranger: actor(),
};

// access × role → allowed, for a report action on Hemtjänst Norsjö where a unit matters.
const TABLE: Record<Access, string[]> = {
  help: ["admin", "leadership", "reporter", "otherReporter", "stranger"],
  periods: ["admin", "leadership", "reporter", "otherReporter"],
  report: ["admin", "reporter"],
  summary: ["admin", "leadership"],
  administer: ["admin"],
};

describe("the access policy", () => {
  test("when the table is read, then it covers every access", () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ACCESS].sort());
  });

  test.each(
    ACCESS.flatMap((access) =>
      Object.keys(ROLES).map((role) => ({ access, role, allowed: TABLE[access].includes(role) })),
    ),
  )("when $role asks for $access, then allowed is $allowed", ({ access, role, allowed }) => {
    const decision = decide(ROLES[role] ?? actor(), access, { unitId: "htj-norsjo" });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.message).toMatch(/[åäö]|administratör/);
  });

  test.each([
    [actor(), undefined, "report"],
    [actor({ reporterOf: new Set(["sabo-norrgarden"]) }), "htj-norsjo", "notReporter"],
    [actor(), "htj-okand", "unknownUnit"],
    [actor({ planUnits: undefined }), "htj-norsjo", "unknownPlan"],
  ])("when a report action is refused, then the reason says why (%#)", (who, unitId, reason) => {
    const decision = decide(who, "report", { unitId });
    expect(decision).toMatchObject({ allowed: false, reason });
  });

  test("when another reporter is refused, then the message names the unit", () => {
    const decision = decide(ROLES.otherReporter ?? actor(), "report", { unitId: "htj-norsjo" });
    expect(decision.allowed || decision.message).toContain(
      "Du rapporterar inte för Hemtjänst Norsjö",
    );
  });
});

describe("admins limited to some förvaltningar", () => {
  const limited = actor({ isAdmin: true, adminScope: ["Individ- och familjeomsorg"] });
  const ifo = { name: "Verksamhetsplan 2025 IFO", organisationUnit: "individ- och familjeomsorg" };
  const omsorg = { name: "Verksamhetsplan 2025 Omsorg", organisationUnit: "Omsorg" };
  const none = { name: "Utan förvaltning" };

  test.each([
    { who: "a limited admin", a: limited, plan: ifo, allowed: true },
    { who: "a limited admin", a: limited, plan: omsorg, allowed: false },
    { who: "a limited admin", a: limited, plan: none, allowed: false },
    { who: "an admin without a limit", a: ROLES.admin as Actor, plan: omsorg, allowed: true },
    { who: "an admin without a limit", a: ROLES.admin as Actor, plan: none, allowed: true },
    { who: "a reporter", a: ROLES.reporter as Actor, plan: ifo, allowed: false },
  ])("when $who administers $plan.name, then allowed is $allowed", ({ a, plan, allowed }) => {
    expect(decide(a, "administer", { plan }).allowed).toBe(allowed);
  });

  test("when a limited admin is refused another förvaltning's plan, then the refusal names the plan, its förvaltning and theirs", () => {
    const decision = decide(limited, "administer", { plan: omsorg });
    expect(decision).toMatchObject({ allowed: false, reason: "otherOrganisationUnit" });
    if (decision.allowed) throw new Error("allowed");
    expect(decision.message).toContain("Verksamhetsplan 2025 Omsorg hör till Omsorg");
    expect(decision.message).toContain("bara planer för Individ- och familjeomsorg");
  });

  test("when a limited admin opens a report or a summary, then the limit does not apply (only administering is limited)", () => {
    expect(decide(limited, "summary", { plan: omsorg }).allowed).toBe(true);
    expect(decide(limited, "report", { unitId: "htj-norsjo" }).allowed).toBe(true);
  });
});
