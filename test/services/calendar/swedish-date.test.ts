import { isDomainError } from "../../../services/errors";
import { parseSwedishDate } from "../../../services/calendar";

const TODAY = "2025-04-10";
const read = (text: string, today = TODAY) => parseSwedishDate(text, { today });

function refusal(text: string, today = TODAY): Error {
  try {
    read(text, today);
  } catch (error) {
    if (isDomainError(error, "BAD_ARGUMENT")) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe("parseSwedishDate (today 2025-04-10)", () => {
  test.each([
    ["2025-05-15", "2025-05-15"],
    ["2025-5-15", "2025-05-15"],
    ["20250515", "2025-05-15"],
    ["15/5", "2025-05-15"],
    ["15/05", "2025-05-15"],
    ["15/5 2025", "2025-05-15"],
    ["15/5/2026", "2026-05-15"],
    ["15/5-2026", "2026-05-15"],
    ["15 maj", "2025-05-15"],
    ["15 maj 2025", "2025-05-15"],
    ["15 Maj 2026", "2026-05-15"],
    ["15:e maj", "2025-05-15"],
    ["15e maj", "2025-05-15"],
    ["1:a juni", "2025-06-01"],
    ["2:a juni", "2025-06-02"],
    ["den 15 maj", "2025-05-15"],
    ["  15   maj  ", "2025-05-15"],
    ["3 jan", "2026-01-03"],
    ["28 feb", "2026-02-28"],
    ["31 mars", "2026-03-31"],
    ["31 mar", "2026-03-31"],
    ["30 apr", "2025-04-30"],
    ["30 april", "2025-04-30"],
    ["1 juni", "2025-06-01"],
    ["1 jun", "2025-06-01"],
    ["4 juli", "2025-07-04"],
    ["4 jul", "2025-07-04"],
    ["20 aug", "2025-08-20"],
    ["20 augusti", "2025-08-20"],
    ["15 sep", "2025-09-15"],
    ["15 sept", "2025-09-15"],
    ["15 sept.", "2025-09-15"],
    ["15 september", "2025-09-15"],
    ["31 okt", "2025-10-31"],
    ["31 oktober", "2025-10-31"],
    ["30 nov", "2025-11-30"],
    ["10 dec", "2025-12-10"],
    ["10 december 2025", "2025-12-10"],
    ["15 May", "2025-05-15"],
    ["15 october", "2025-10-15"],
    ["15 Oct 2025", "2025-10-15"],
    ["10/4", "2025-04-10"], // today counts as coming
    ["9/4", "2026-04-09"], // yesterday's date means next year's
    ["2025-04-01", "2025-04-01"], // with a year it is taken as written, past or not
  ])("when the admin writes %j, then the date is %s", (text, date) => {
    expect(read(text)).toBe(date);
  });

  test("when today is given as an instant, then the date is counted in Stockholm, not UTC", () => {
    // 23:30 UTC on 9 April is already 10 April in Stockholm.
    const today = new Date("2025-04-09T23:30:00Z");
    expect(parseSwedishDate("9/4", { today })).toBe("2026-04-09");
    expect(parseSwedishDate("9/4", { today, timeZone: "UTC" })).toBe("2025-04-09");
  });

  test("when 29/2 is written in a year without it, then the next leap year's is meant", () => {
    expect(read("29/2", "2027-03-01")).toBe("2028-02-29");
  });

  test.each([
    ["31/2", "finns inte"],
    ["30 februari", "finns inte"],
    ["2025-13-01", "finns inte"],
    ["2025-02-29", "finns inte år 2025"],
    ["20250230", "finns inte"],
    ["0/5", "finns inte"],
    ["32 maj", "finns inte"],
    ["15 majj", "förstår inte"],
    ["15 mej 2025", "förstår inte"],
    ["maj", "förstår inte"],
    ["imorgon", "förstår inte"],
    ["", "förstår inte"],
    ["15.5.2025", "förstår inte"],
    ["2025/05/15", "förstår inte"],
  ])("when the admin writes %j, then it is refused: %s, with an example", (text, problem) => {
    const error = refusal(text);
    expect(error.message).toContain(problem);
    expect(error.message).toContain("t.ex. 2025-05-15, 20250515, 15/5 eller 15 maj 2025");
  });
});
