import { parseOpenRequest, parseSubmission } from "../../../services/reporting";
import { isDomainError } from "../../../services/errors";

const base = { planId: "p", periodId: "T1", unitId: "u", version: 2, page: 1 };

describe("parseSubmission", () => {
  test("when a card sends its fields and inputs, then they become a submission by item", () => {
    const submission = parseSubmission({
      ...base,
      "v:sjuk": "6,5",
      "c:sjuk": "rad 1\r\nrad 2",
      "s:akt": "delayed",
      "t:fraga": "Svar",
      msteams: { something: "Teams may add" },
    });
    expect(submission).toMatchObject({
      planId: "p",
      periodId: "T1",
      unitId: "u",
      baseVersion: 2,
      page: 1,
    });
    expect(Object.fromEntries(submission.answers)).toEqual({
      sjuk: { value: "6,5", comment: "rad 1\nrad 2" },
      akt: { state: "delayed" },
      fraga: { text: "Svar" },
    });
  });

  test("when no page is given, then it is the first", () => {
    const { page, target } = parseSubmission({
      planId: "p",
      periodId: "T1",
      unitId: "u",
      version: 0,
    });
    expect([page, target]).toEqual([0, undefined]);
  });

  test.each<[string, unknown]>([
    ["no data", undefined],
    ["a string", "v:sjuk=6"],
    ["no version", { planId: "p", periodId: "T1", unitId: "u" }],
    ["a fractional version", { ...base, version: 1.5 }],
    ["an empty unit", { ...base, unitId: " " }],
    ["a number as a value", { ...base, "v:sjuk": 6.5 }],
    ["an object as a comment", { ...base, "c:sjuk": { text: "x" } }],
    ["an unknown state", { ...base, "s:akt": "klar" }],
    ["too long a string", { ...base, "t:fraga": "x".repeat(50_001) }],
    [
      "too many keys",
      { ...base, ...Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`v:i${i}`, "1"])) },
    ],
    ["a page out of range", { ...base, page: -1 }],
  ])("when the data has %s, then it is refused with BAD_ARGUMENT", (_name, data) => {
    expect.assertions(2);
    try {
      parseSubmission(data);
    } catch (error) {
      expect(isDomainError(error, "BAD_ARGUMENT")).toBe(true);
      expect((error as Error).message).toContain("inget sparades");
    }
  });
});

describe("parseOpenRequest", () => {
  test("when a reminder sends plan and period only, then the unit is left to the person", () => {
    expect(parseOpenRequest({ planId: "p", periodId: "T1" })).toEqual({
      planId: "p",
      periodId: "T1",
    });
  });

  test("when the period is missing, then it is refused", () => {
    expect(() => parseOpenRequest({ planId: "p" })).toThrow(/inte kan läsa/);
  });
});
