import { isDomainError } from "../../../services/errors";
import { parseValue } from "../../../services/rules";

const NBSP = "\u00a0";

describe("parseValue", () => {
  test.each([
    ["6,8", 6.8],
    ["6.8", 6.8],
    ["0,5%", 0.5],
    ["87 %", 87],
    ["8,2%", 8.2],
    ["12 559", 12559],
    [`12${NBSP}559`, 12559],
    ["12\u202f559", 12559],
    ["1 234 567,25", 1234567.25],
    ["-3", -3],
    ["\u22123,5", -3.5],
    ["+4", 4],
    ["0", 0],
    ["-0", 0],
    ["  42  ", 42],
    ["18 månader", 18],
    ["13 min", 13],
    ["120 kr/invånare", 120],
    ["87 % av målet", 87],
  ])("when the value is %j, then it reads as %p", (text, expected) => {
    expect(parseValue(text)).toBe(expected);
  });

  test.each([
    ["ja", true],
    ["JA", true],
    ["Yes", true],
    ["nej", false],
    ["Nej", false],
    ["no", false],
    ["NO", false],
  ])("when the value is %j, then it reads as %p", (text, expected) => {
    expect(parseValue(text)).toBe(expected);
  });

  test.each([
    [""],
    ["   "],
    ["-"],
    ["banan"],
    ["ca 5"],
    ["1.234,5"],
    ["1,2,3"],
    ["12 55"],
    ["1 2"],
    ["6,5."],
    [",5"],
    ["1e5"],
    ["5 %%"],
    ["jaa"],
    ["5 banan 3"],
  ])("when the value is %j, then it is refused as unreadable, quoting it", (text) => {
    expect.assertions(3);
    try {
      parseValue(text);
    } catch (error) {
      expect(isDomainError(error, "VALUE_UNREADABLE")).toBe(true);
      expect((error as Error).message).toContain(`”${text.trim()}”`);
      expect((error as Error).message).toMatch(/kunde inte läsas/);
    }
  });
});
