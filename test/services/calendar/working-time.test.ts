import fc from "fast-check";
import { DateTime } from "luxon";
import { isDomainError } from "../../../services/errors";
import {
  addWorkingDays,
  DEFAULT_WORKING_HOURS,
  isWorkingDay,
  isWorkingMoment,
  nextWorkingMoment,
  nonWorkingReason,
  parseWorkingHours,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "../../../services/calendar";

const ZONE = "Europe/Stockholm";
const local = (text: string) => DateTime.fromISO(text, { zone: ZONE }).toUTC().toISO() ?? "";
const inStockholm = (instant: string) =>
  DateTime.fromISO(instant).setZone(ZONE).toFormat("yyyy-MM-dd HH:mm");

describe("Swedish days off", () => {
  test.each([
    ["2025-01-01", "nyårsdagen"],
    ["2025-01-06", "trettondedag jul"],
    ["2025-04-18", "långfredagen"],
    ["2025-04-21", "annandag påsk"],
    ["2025-05-01", "första maj"],
    ["2025-05-29", "Kristi himmelsfärdsdag"],
    ["2025-06-06", "nationaldagen"],
    ["2025-06-20", "midsommarafton"],
    ["2025-12-24", "julafton"],
    ["2025-12-25", "juldagen"],
    ["2025-12-26", "annandag jul"],
    ["2025-12-31", "nyårsafton"],
    ["2026-04-03", "långfredagen"],
    ["2026-04-06", "annandag påsk"],
    ["2026-05-14", "Kristi himmelsfärdsdag"],
    ["2026-06-19", "midsommarafton"],
    ["2026-12-24", "julafton"],
    ["2027-03-26", "långfredagen"],
    ["2027-03-29", "annandag påsk"],
    ["2027-05-06", "Kristi himmelsfärdsdag"],
    ["2027-06-25", "midsommarafton"],
    ["2027-12-24", "julafton"],
    ["2027-12-31", "nyårsafton"],
    ["2025-05-31", "lördag"],
    ["2026-06-06", "lördag"],
    ["2027-06-06", "söndag"],
  ])("when the date is %s, then it is not a working day (%s)", (date, reason) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(nonWorkingReason(date)).toBe(reason);
  });

  test.each([
    ["2025-04-17", "skärtorsdagen"],
    ["2025-04-30", "valborgsmässoafton"],
    ["2025-06-05", "dagen före nationaldagen"],
    ["2025-06-23", "måndagen efter midsommar"],
    ["2025-05-30", "klämdagen efter Kristi himmelfärd"],
    ["2025-10-31", "allhelgonaafton"],
    ["2026-01-05", "trettondagsafton"],
    ["2027-12-23", "dagen före julafton"],
  ])("when the date is %s (%s), then it is a working day", (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  test("when the eves are configured as working days, then only the public holidays are days off", () => {
    const hours = parseWorkingHours({ nonWorkingEves: false });
    expect(isWorkingDay("2025-06-20", hours)).toBe(true);
    expect(isWorkingDay("2025-12-24", hours)).toBe(true);
    expect(isWorkingDay("2025-12-31", hours)).toBe(true);
    expect(isWorkingDay("2025-12-25", hours)).toBe(false);
  });

  test("when the organisation adds a klämdag, then it is a day off too", () => {
    const hours = parseWorkingHours({ extraNonWorkingDays: ["2025-05-30"] });
    expect(nonWorkingReason("2025-05-30", hours)).toBe("ledig dag");
    expect(addWorkingDays("2025-05-28", 1, hours)).toBe("2025-06-02");
  });
});

describe("addWorkingDays", () => {
  test.each([
    // Easter 2025: långfredag 18/4, annandag påsk 21/4
    ["2025-04-16", 1, "2025-04-17"],
    ["2025-04-17", 1, "2025-04-22"],
    ["2025-04-22", -1, "2025-04-17"],
    ["2025-04-24", -5, "2025-04-15"],
    // Kristi himmelfärd 29/5 2025 and nationaldagen 6/6
    ["2025-05-28", 1, "2025-05-30"],
    ["2025-06-02", -2, "2025-05-28"],
    ["2025-06-05", 1, "2025-06-09"],
    ["2025-06-09", -1, "2025-06-05"],
    // midsommar 2025: afton 20/6
    ["2025-06-19", 1, "2025-06-23"],
    ["2025-06-23", -3, "2025-06-17"],
    // jul and nyår 2025/2026
    ["2025-12-23", 1, "2025-12-29"],
    ["2025-12-30", 1, "2026-01-02"],
    ["2026-01-02", 1, "2026-01-05"],
    ["2026-01-05", 1, "2026-01-07"],
    ["2026-01-07", -3, "2025-12-30"],
    // Easter 2027 falls on the spring DST change: långfredag 26/3, annandag 29/3
    ["2027-03-25", 1, "2027-03-30"],
    ["2027-03-30", -1, "2027-03-25"],
    // autumn DST change 2025 (26/10), a plain weekend
    ["2025-10-24", 1, "2025-10-27"],
    // from a day off: the day itself is not counted
    ["2025-04-19", 1, "2025-04-22"],
    ["2025-04-19", -1, "2025-04-17"],
    ["2025-06-07", 0, "2025-06-07"],
    ["2025-03-03", 10, "2025-03-17"],
  ])("when %s is moved %i working days, then it lands on %s", (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  test.each([
    ["2025-04-18", "2025-04-22", "2025-04-17"],
    ["2025-06-06", "2025-06-09", "2025-06-05"],
    ["2025-12-24", "2025-12-29", "2025-12-23"],
    ["2025-06-11", "2025-06-11", "2025-06-11"],
  ])(
    "when the date is %s, then the working day on or after is %s and on or before is %s",
    (date, after, before) => {
      expect(workingDayOnOrAfter(date)).toBe(after);
      expect(workingDayOnOrBefore(date)).toBe(before);
    },
  );

  test("when a working day is moved n and then -n working days, then it comes back", () => {
    const days = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((offset) => DateTime.fromISO("2025-01-01").plus({ days: offset }).toISODate() ?? "");
    fc.assert(
      fc.property(days, fc.integer({ min: -40, max: 40 }), (date, n) => {
        const start = workingDayOnOrAfter(date);
        expect(addWorkingDays(addWorkingDays(start, n), -n)).toBe(start);
      }),
    );
  });
});

describe("working moments", () => {
  test.each([
    ["2025-05-15T08:00", true],
    ["2025-05-15T07:59", false],
    ["2025-05-15T16:59", true],
    ["2025-05-15T17:00", false],
    ["2025-05-17T10:00", false], // lördag
    ["2025-06-06T10:00", false], // nationaldagen
    ["2025-03-31T08:00", true], // Monday after the spring change
    ["2025-10-27T08:00", true], // Monday after the autumn change
    ["2025-10-27T07:30", false],
  ])("when it is %s in Stockholm, then working moment is %s", (time, expected) => {
    expect(isWorkingMoment(local(time))).toBe(expected);
  });

  test.each([
    ["2025-05-15T10:30", "2025-05-15 10:30"],
    ["2025-05-15T06:00", "2025-05-15 08:00"],
    ["2025-05-15T17:00", "2025-05-16 08:00"],
    ["2025-05-16T18:00", "2025-05-19 08:00"],
    ["2025-04-17T17:30", "2025-04-22 08:00"], // Easter
    ["2025-05-28T19:00", "2025-05-30 08:00"], // Kristi himmelfärd
    ["2025-06-19T17:01", "2025-06-23 08:00"], // midsommar
    ["2025-12-23T16:59", "2025-12-23 16:59"],
    ["2025-12-23T17:00", "2025-12-29 08:00"], // jul
    ["2025-03-29T12:00", "2025-03-31 08:00"], // spring DST weekend
    ["2025-03-30T02:30", "2025-03-31 08:00"], // the hour that does not exist
    ["2025-10-26T02:30", "2025-10-27 08:00"], // the hour that happens twice
    ["2026-03-27T17:00", "2026-03-30 08:00"],
    ["2026-10-23T17:00", "2026-10-26 08:00"],
    ["2027-03-25T17:00", "2027-03-30 08:00"], // Easter on the DST change
    ["2027-10-29T17:00", "2027-11-01 08:00"],
  ])(
    "when the instant is %s in Stockholm, then the next working moment is %s",
    (time, expected) => {
      expect(inStockholm(nextWorkingMoment(local(time)))).toBe(expected);
    },
  );

  test("when the clocks go back, then both readings of 02:30 move to the same Monday morning", () => {
    const first = "2025-10-26T00:30:00.000Z"; // 02:30 CEST
    const second = "2025-10-26T01:30:00.000Z"; // 02:30 CET, an hour later
    expect(nextWorkingMoment(first)).toBe(nextWorkingMoment(second));
    expect(nextWorkingMoment(first)).toBe("2025-10-27T07:00:00.000Z");
  });

  const instants = fc
    .date({ min: new Date("2024-12-01T00:00:00Z"), max: new Date("2027-12-31T23:59:59Z") })
    .filter((date) => !Number.isNaN(date.getTime()));

  test("when any instant is moved to the next working moment, then it is never earlier and is a working moment", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const next = nextWorkingMoment(instant);
        expect(new Date(next).getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(isWorkingMoment(next)).toBe(true);
      }),
    );
  });

  test("when the next working moment is taken twice, then the second changes nothing", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const next = nextWorkingMoment(instant);
        expect(nextWorkingMoment(next)).toBe(next);
      }),
    );
  });

  test("when an instant is not a working moment, then no working moment lies between it and the next one", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        fc.pre(!isWorkingMoment(instant));
        const next = new Date(nextWorkingMoment(instant)).getTime();
        const minute = 60_000;
        for (let t = next - minute; t > instant.getTime(); t -= 30 * minute) {
          expect(isWorkingMoment(new Date(t))).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("working hours configuration", () => {
  test("when nothing is configured, then the day is 08–17 in Europe/Stockholm with reminders at 09:00", () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({
      timeZone: "Europe/Stockholm",
      startHour: 8,
      endHour: 17,
      sendAt: "09:00",
      nonWorkingEves: true,
      extraNonWorkingDays: [],
    });
  });

  test.each([
    [{ timeZone: "Europe/Stokholm" }, "timeZone"],
    [{ startHour: 17, endHour: 8 }, "endHour"],
    [{ sendAt: "07:00" }, "sendAt"],
    [{ sendAt: "17:00" }, "sendAt"],
    [{ sendAt: "9" }, "sendAt"],
    [{ extraNonWorkingDays: ["30/5"] }, "extraNonWorkingDays"],
  ])("when the working hours are %j, then they are refused naming %s", (input, field) => {
    let error: unknown;
    try {
      parseWorkingHours(input);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error, "BAD_ARGUMENT")).toBe(true);
    expect((error as Error).message).toContain(field);
  });
});
