import { day, moment } from "../../../services/i18n/date-text";

describe("date-text", () => {
  test.each([
    ["2025-05-16", "sv", "long", "fredag 16 maj 2025"],
    ["2025-05-16", "en", "long", "Friday 16 May 2025"],
    ["2025-05-16", "sv", "short", "16 maj 2025"],
    ["2025-05-16", "sv", "dayMonth", "16 maj"],
  ] as const)("when day(%s, %s, %s) is written, then it reads %s", (iso, locale, style, text) => {
    expect(day(iso, locale, style)).toBe(text);
  });

  test.each([
    ["long", "sv", "fredag 9 maj 2025 kl. 14:02"],
    ["long", "en", "Friday 9 May 2025, 14:02"],
    ["date", "sv", "9 maj 2025 kl. 14:02"],
    ["short", "sv", "9 maj 14:02"],
  ] as const)(
    "when an instant is written in the %s style in %s, then it reads %s in Stockholm time",
    (style, locale, text) => {
      expect(moment("2025-05-09T12:02:00Z", "Europe/Stockholm", locale, style)).toBe(text);
    },
  );

  test("when the same day is asked for in two styles, then the remembered one is not reused", () => {
    expect(day("2025-05-16", "sv", "long")).not.toBe(day("2025-05-16", "sv", "short"));
  });
});
