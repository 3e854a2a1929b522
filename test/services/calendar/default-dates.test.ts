import { isDomainError } from "../../../services/errors";
import {
  parseWorkingHours,
  resolvePeriods,
  type PeriodDefinition,
  type ReportingPeriod,
} from "../../../services/calendar";

const dates = (period: ReportingPeriod) => [
  period.label,
  period.start,
  period.end,
  period.opens,
  period.deadline,
];

function resolveOne(definition: PeriodDefinition, year = 2025, overrides = {}): ReportingPeriod {
  const [period] = resolvePeriods({ planId: "plan", year, definitions: [definition], overrides });
  if (!period) throw new Error("no period");
  return period;
}

describe("default dates per period kind (plan year 2025)", () => {
  test.each<[PeriodDefinition, string, string, string, string, string]>([
    // label, start, end, opens, deadline
    [
      { id: "2025-01", kind: "month" },
      "Januari 2025",
      "2025-01-01",
      "2025-01-31",
      "2025-02-03",
      "2025-02-10",
    ],
    [
      { id: "2025-03", kind: "month" },
      "Mars 2025",
      "2025-03-01",
      "2025-03-31",
      "2025-04-01",
      "2025-04-10",
    ],
    [
      { id: "2025-04", kind: "month" },
      "April 2025",
      "2025-04-01",
      "2025-04-30",
      "2025-05-02",
      "2025-05-12",
    ],
    [
      { id: "2025-12", kind: "month" },
      "December 2025",
      "2025-12-01",
      "2025-12-31",
      "2026-01-02",
      "2026-01-12",
    ],
    [
      { id: "mars", kind: "month" },
      "Mars 2025",
      "2025-03-01",
      "2025-03-31",
      "2025-04-01",
      "2025-04-10",
    ],
    [
      { id: "Q1", kind: "quarter" },
      "Kvartal 1 2025",
      "2025-01-01",
      "2025-03-31",
      "2025-04-01",
      "2025-04-15",
    ],
    [
      { id: "Q2", kind: "quarter" },
      "Kvartal 2 2025",
      "2025-04-01",
      "2025-06-30",
      "2025-07-01",
      "2025-07-15",
    ],
    [
      { id: "Q3", kind: "quarter" },
      "Kvartal 3 2025",
      "2025-07-01",
      "2025-09-30",
      "2025-10-01",
      "2025-10-15",
    ],
    [
      { id: "Q4", kind: "quarter" },
      "Kvartal 4 2025",
      "2025-10-01",
      "2025-12-31",
      "2026-01-02",
      "2026-01-19",
    ],
    [
      { id: "T1", kind: "tertial" },
      "T1 2025",
      "2025-01-01",
      "2025-04-30",
      "2025-05-02",
      "2025-05-16",
    ],
    [
      { id: "T2", kind: "tertial" },
      "T2 2025",
      "2025-01-01",
      "2025-08-31",
      "2025-09-01",
      "2025-09-15",
    ],
    [
      { id: "T3", kind: "tertial" },
      "T3 2025",
      "2025-01-01",
      "2025-12-31",
      "2026-01-02",
      "2026-01-19",
    ],
    [
      { id: "Delår", kind: "interim" },
      "Delår 2025",
      "2025-01-01",
      "2025-08-31",
      "2025-09-01",
      "2025-09-15",
    ],
    [
      { id: "Helår", kind: "year" },
      "Helår 2025",
      "2025-01-01",
      "2025-12-31",
      "2026-02-02",
      "2026-02-16",
    ],
    [
      { id: "År", kind: "year" },
      "Helår 2025",
      "2025-01-01",
      "2025-12-31",
      "2026-02-02",
      "2026-02-16",
    ],
  ])(
    "when a plan has %j, then it is %s from %s to %s, opens %s, deadline %s",
    (definition, label, start, end, opens, deadline) => {
      expect(dates(resolveOne(definition))).toEqual([label, start, end, opens, deadline]);
    },
  );

  test.each([
    // a 10th on a weekend or holiday moves to the next working day
    [{ id: "2026-01", kind: "month" } as const, 2026, "2026-02-02", "2026-02-10"],
    [{ id: "2025-05", kind: "month" } as const, 2025, "2025-06-02", "2025-06-10"],
    [{ id: "2025-07", kind: "month" } as const, 2025, "2025-08-01", "2025-08-11"],
    [{ id: "2027-12", kind: "month" } as const, 2027, "2028-01-03", "2028-01-10"],
    [{ id: "2026-12", kind: "month" } as const, 2026, "2027-01-04", "2027-01-11"],
  ])(
    "when the month is %j, then it opens %s and its deadline %s is a working day",
    (definition, year, opens, deadline) => {
      const period = resolveOne(definition, year);
      expect([period.opens, period.deadline]).toEqual([opens, deadline]);
    },
  );

  test("when the deadline is set, then deadlineAt is the end of that day in Stockholm, in summer and in winter", () => {
    expect(resolveOne({ id: "T1", kind: "tertial" }).deadlineAt).toBe("2025-05-16T21:59:59.999Z");
    expect(resolveOne({ id: "Q4", kind: "quarter" }).deadlineAt).toBe("2026-01-19T22:59:59.999Z");
  });
});

describe("dates the plan or an admin sets", () => {
  const norrkoping: PeriodDefinition[] = [
    {
      id: "Q1",
      kind: "quarter",
      label: "Kvartal 1 (återrapport i april)",
      opens: "2024-04-01",
      deadline: "2024-04-30",
    },
    {
      id: "Delår",
      kind: "interim",
      label: "Delår (återrapport i september)",
      opens: "2024-09-01",
      deadline: "2024-09-30",
    },
    {
      id: "Helår",
      kind: "year",
      label: "Helår (slutrapport i februari 2025)",
      opens: "2025-02-01",
      deadline: "2025-02-28",
    },
  ];

  test("when Norrköping's plan gives its calendar, then April, September and February are kept", () => {
    const periods = resolvePeriods({ planId: "norrkoping", year: 2024, definitions: norrkoping });
    expect(periods.map(dates)).toEqual([
      ["Kvartal 1 (återrapport i april)", "2024-01-01", "2024-03-31", "2024-04-01", "2024-04-30"],
      ["Delår (återrapport i september)", "2024-01-01", "2024-08-31", "2024-09-01", "2024-09-30"],
      [
        "Helår (slutrapport i februari 2025)",
        "2024-01-01",
        "2024-12-31",
        "2025-02-01",
        "2025-02-28",
      ],
    ]);
  });

  test("when the plan opens on a weekend, then the opening reminder goes on the next working day", () => {
    const [, interim] = resolvePeriods({ year: 2024, definitions: norrkoping });
    expect(interim?.reminderSteps[0]).toMatchObject({
      key: "opening",
      at: "2024-09-02T07:00:00.000Z",
    });
  });

  test("when an admin has set dates, then they win over the plan's and the defaults", () => {
    const period = resolveOne({ id: "Q1", kind: "quarter", opens: "2025-04-01" }, 2025, {
      Q1: { opens: "2025-04-07", deadline: "2025-04-25" },
    });
    expect([period.opens, period.deadline]).toEqual(["2025-04-07", "2025-04-25"]);
  });

  test("when only a deadline before the usual opening is set, then reporting opens 10 working days before it (Easter counted)", () => {
    const period = resolveOne({ id: "T1", kind: "tertial", deadline: "2025-04-25" });
    expect([period.opens, period.deadline]).toEqual(["2025-04-09", "2025-04-25"]);
  });

  test("when only an opening after the usual deadline is set, then the deadline is 10 working days after it", () => {
    const period = resolveOne({ id: "T1", kind: "tertial", opens: "2025-05-20" });
    expect([period.opens, period.deadline]).toEqual(["2025-05-20", "2025-06-04"]);
  });

  test("when a custom period has only a deadline, then it covers the year up to that day and opens 10 working days before", () => {
    const period = resolveOne({ id: "Återrapport april", kind: "custom", deadline: "2025-04-30" });
    expect(dates(period)).toEqual([
      "Återrapport april",
      "2025-01-01",
      "2025-04-30",
      "2025-04-14",
      "2025-04-30",
    ]);
  });

  test("when a custom period gives its end, then it is reported like a quarter", () => {
    const period = resolveOne({
      id: "Sommar",
      kind: "custom",
      label: "Sommaren",
      start: "2025-06-01",
      end: "2025-08-15",
    });
    expect(dates(period)).toEqual([
      "Sommaren",
      "2025-06-01",
      "2025-08-15",
      "2025-08-18",
      "2025-09-01",
    ]);
  });

  test.each<PeriodDefinition>([
    { id: "Extra", kind: "custom" },
    { id: "Kvartalet", kind: "quarter" },
    { id: "T4", kind: "tertial" },
    { id: "Mars", kind: "custom", label: "no dates" },
  ])("when %j has no dates and none can be derived, then the plan is refused", (definition) => {
    let error: unknown;
    try {
      resolveOne(definition);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error, "PLAN_INVALID")).toBe(true);
    expect((error as Error).message).toContain(`Perioden ${definition.id} saknar start och slut`);
  });

  test("when the eves are working days, then a deadline may fall on julafton", () => {
    const hours = parseWorkingHours({ nonWorkingEves: false });
    const withEvesOff = resolveOne({ id: "Jul", kind: "custom", opens: "2025-12-10" });
    const [withEvesOn] = resolvePeriods({
      year: 2025,
      definitions: [{ id: "Jul", kind: "custom", opens: "2025-12-10" }],
      workingHours: hours,
    });
    expect(withEvesOff.deadline).toBe("2025-12-29");
    expect(withEvesOn?.deadline).toBe("2025-12-24");
  });
});
