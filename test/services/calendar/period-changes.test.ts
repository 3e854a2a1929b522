import { isDomainError } from "../../../services/errors";
import {
  resolvePeriods,
  validateDeadline,
  validateOpens,
  validateReminderDays,
  type ChangeContext,
} from "../../../services/calendar";

const norsjo: ChangeContext = {
  planId: "norsjo-omsorg-2025",
  year: 2025,
  definitions: [
    { id: "T1", kind: "tertial", label: "Tertial 1" },
    { id: "T2", kind: "tertial", label: "Tertial 2" },
    { id: "Helår", kind: "year" },
  ],
  overrides: {},
  today: "2025-04-10",
};

function refusal(change: () => unknown): Error {
  try {
    change();
  } catch (error) {
    if (isDomainError(error, "BAD_ARGUMENT")) return error;
    throw error;
  }
  throw new Error("the change was accepted");
}

describe("admin changes that are accepted", () => {
  test.each([
    ["T1", "2025-05-20", { deadline: "2025-05-20" }],
    ["t1", "20 maj", { deadline: "2025-05-20" }],
    ["T1", "2025-05-02", { deadline: "2025-05-02" }], // on the opening day
    ["Tertial 2", "30/9", { deadline: "2025-09-30" }],
    ["År", "27 feb 2026", { deadline: "2026-02-27" }],
  ])("when the deadline of %s is set to %j, then the override is %j", (period, date, override) => {
    expect(validateDeadline(norsjo, period, date).override).toEqual(override);
  });

  test("when the opening of T1 is moved earlier, then the override keeps the admin's other settings", () => {
    const context = { ...norsjo, overrides: { T1: { reminderDaysBefore: [5] } } };
    expect(validateOpens(context, "T1", "28 april")).toEqual({
      periodId: "T1",
      override: { reminderDaysBefore: [5], opens: "2025-04-28" },
    });
  });

  test("when the opening is set to today, then it is accepted", () => {
    expect(validateOpens(norsjo, "T1", "2025-04-10").override).toEqual({ opens: "2025-04-10" });
  });

  test.each([
    ["7 3 1", [7, 3, 1]],
    ["1 3 7", [7, 3, 1]],
    ["7, 3, 1", [7, 3, 1]],
    ["7 3 3 1", [7, 3, 1]],
    ["5 arbetsdagar före", [5]],
    ["30", [30]],
    ["inga", []],
  ])("when the reminder days of T1 are %j, then they are %j", (days, expected) => {
    expect(validateReminderDays(norsjo, "T1", days).override).toEqual({
      reminderDaysBefore: expected,
    });
  });

  test("when an admin writes standard, then that setting goes back to the plan's or the default", () => {
    const context = {
      ...norsjo,
      overrides: { T1: { deadline: "2025-05-20", reminderDaysBefore: [7] } },
    };
    expect(validateDeadline(context, "T1", "standard").override).toEqual({
      reminderDaysBefore: [7],
    });
    expect(validateReminderDays(context, "T1", "Standard").override).toEqual({
      deadline: "2025-05-20",
    });
  });

  test("when 7 3 1 is accepted for T1, then the plan's T1 reminds 7, 3 and 1 working days before", () => {
    const change = validateReminderDays(norsjo, "T1", "7 3 1");
    const [t1] = resolvePeriods({ ...norsjo, overrides: { T1: change.override } });
    expect(t1?.reminderSteps.map((step) => step.key)).toEqual([
      "opening",
      "before-7",
      "before-3",
      "before-1",
      "deadline",
      "after-2",
    ]);
  });
});

describe("admin changes that are refused", () => {
  test.each([
    [
      "a deadline in the past",
      () => validateDeadline(norsjo, "T1", "2025-04-01"),
      ["2025-04-01 har redan varit", "i dag är det 2025-04-10", "`deadline T1 2025-05-16`"],
    ],
    [
      "an opening in the past",
      () => validateOpens(norsjo, "T1", "1/4 2025"),
      ["2025-04-01 har redan varit", "`öppna T1 2025-05-02`"],
    ],
    [
      "a deadline before the opening date",
      () => validateDeadline(norsjo, "T1", "2025-04-30"),
      [
        "Sista dag 2025-04-30 är före första rapportdag 2025-05-02 för Tertial 1",
        "`deadline T1 2025-05-16`",
        "`öppna T1 2025-04-10`",
      ],
    ],
    [
      "an opening after the deadline",
      () => validateOpens(norsjo, "T1", "20 maj"),
      [
        "Första rapportdag 2025-05-20 är efter sista dag 2025-05-16 för Tertial 1",
        "`öppna T1 2025-05-02`",
        "`deadline T1 2025-05-20`",
      ],
    ],
    [
      "an unknown period",
      () => validateDeadline(norsjo, "Q1", "2025-05-15"),
      [
        "Perioden ”Q1” finns inte i planen",
        "Planens perioder: T1, T2, Helår",
        "`deadline T1 2025-05-16`",
      ],
    ],
    [
      "an unknown period in a reminder change",
      () => validateReminderDays(norsjo, "T3", "7 3 1"),
      ["Perioden ”T3” finns inte", "T1, T2, Helår"],
    ],
    [
      "an unreadable date",
      () => validateDeadline(norsjo, "T1", "15 majj"),
      ["förstår inte datumet ”15 majj”", "15 maj 2025", "`deadline T1 2025-05-16`"],
    ],
    [
      "a date that does not exist",
      () => validateDeadline(norsjo, "T1", "31/2"),
      ["”31/2” finns inte", "`deadline T1 2025-05-16`"],
    ],
    [
      "a date years ahead",
      () => validateDeadline(norsjo, "Helår", "2030-02-15"),
      ["2030-02-15 ligger för långt fram", "senast 2026-12-31", "`deadline Helår 2026-02-16`"],
    ],
    [
      "reminder days that are not whole numbers",
      () => validateReminderDays(norsjo, "T1", "7,5 3"),
      ["”7,5” är inte ett helt antal arbetsdagar", "`påminnelser T1 7 3 1`"],
    ],
    [
      "negative reminder days",
      () => validateReminderDays(norsjo, "T1", "-1"),
      ["”-1” är inte ett helt antal arbetsdagar", "`påminnelser T1 7 3 1`"],
    ],
    [
      "zero reminder days",
      () => validateReminderDays(norsjo, "T1", "0"),
      ["”0” är inte ett helt antal", "`påminnelser T1 7 3 1`"],
    ],
    [
      "a word for reminder days",
      () => validateReminderDays(norsjo, "T1", "tre"),
      ["”tre” är inte ett helt antal", "`påminnelser T1 7 3 1`"],
    ],
    [
      "reminder days more than 30",
      () => validateReminderDays(norsjo, "T1", "31 3"),
      ["31 arbetsdagar före sista dag är för tidigt: högst 30", "`påminnelser T1 7 3 1`"],
    ],
    [
      "no reminder days",
      () => validateReminderDays(norsjo, "T1", "  "),
      ["Skriv hur många arbetsdagar", "`påminnelser T1 7 3 1`", "inga"],
    ],
    [
      "more than ten reminder days",
      () => validateReminderDays(norsjo, "T1", "11 10 9 8 7 6 5 4 3 2 1"),
      ["Högst 10 påminnelser", "du skrev 11", "`påminnelser T1 7 3 1`"],
    ],
    [
      "reminder days given as fractions",
      () => validateReminderDays(norsjo, "T1", [2.5]),
      ["”2.5” är inte ett helt antal"],
    ],
  ])(
    "when an admin sets %s, then the Swedish message says what was wrong and shows an example",
    (_, change, phrases) => {
      const message = refusal(change).message;
      for (const phrase of phrases) expect(message).toContain(phrase);
    },
  );
});
