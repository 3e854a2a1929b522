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
