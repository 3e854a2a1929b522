import { resolvePeriods, type ReportingPeriod } from "../../../services/calendar";
import { currentPeriod, reportWindow, splitReportArguments } from "../../../services/reporting";
import type { Plan } from "../../../services/plan";

const ZONE = "Europe/Stockholm";
const periods: ReportingPeriod[] = resolvePeriods({
  year: 2025,
  definitions: [
    { id: "T1", kind: "tertial", label: "Tertial 1" },
    { id: "T2", kind: "tertial", label: "Tertial 2" },
    { id: "Delår", kind: "interim" },
    { id: "Helår", kind: "year" },
  ],
});
const t1 = periods[0] as ReportingPeriod;

describe("reportWindow", () => {
  test.each([
    ["2025-05-01T21:59:59Z", "notOpen"], // 23:59 on 1 May in Stockholm
    ["2025-05-01T22:00:00Z", "open"], // 00:00 on 2 May, the opening day
    ["2025-05-16T21:59:59.999Z", "open"], // the last moment of the deadline day
    ["2025-05-16T22:00:00Z", "closed"],
  ])("when it is %s, then T1 is %s", (instant, expected) => {
    expect(reportWindow(t1, new Date(instant), ZONE)).toBe(expected);
  });

  test("when an admin reopened it until an instant, then it is writable until then", () => {
    const report = { reopenedUntil: "2025-05-23T21:59:59.999Z" };
    expect(reportWindow(t1, new Date("2025-05-20T10:00:00Z"), ZONE, report)).toBe("reopened");
    expect(reportWindow(t1, new Date("2025-05-23T22:00:00Z"), ZONE, report)).toBe("closed");
  });
});

describe("currentPeriod", () => {
  test("when one period is open, then it is chosen", () => {
    const choice = currentPeriod(periods, new Date("2025-05-07T10:00:00Z"), ZONE);
    expect(choice).toMatchObject({ kind: "open", period: { id: "T1" } });
  });

  test("when two are open, then the one whose deadline is nearest", () => {
    const withEarlier = periods.map((period) =>
      period.id === "Delår" ? { ...period, deadlineAt: "2025-09-10T21:59:59.999Z" } : period,
    );
    const choice = currentPeriod(withEarlier, new Date("2025-09-02T10:00:00Z"), ZONE);
    expect(choice).toMatchObject({ kind: "open", period: { id: "Delår" } });
  });

  test("when none is open, then the next to open and the last closed are given", () => {
    const choice = currentPeriod(periods, new Date("2025-06-10T10:00:00Z"), ZONE);
    expect(choice).toMatchObject({ kind: "noneOpen", next: { id: "T2" }, last: { id: "T1" } });
  });

  test("when all are closed, then there is no next", () => {
    const choice = currentPeriod(periods, new Date("2026-03-01T10:00:00Z"), ZONE);
    expect(choice).toMatchObject({ kind: "noneOpen", last: { id: "Helår" } });
    expect(choice.kind === "noneOpen" && choice.next).toBeUndefined();
  });
});

describe("splitReportArguments", () => {
  const plan: Pick<Plan, "periods" | "year"> = {
    year: 2025,
    periods: [
      { id: "T1", kind: "tertial" },
      { id: "T2", kind: "tertial" },
      { id: "Helår", kind: "year" },
    ],
  };

  test.each([
    ["", {}],
    ["T1", { periodId: "T1" }],
    ["t2", { periodId: "T2" }],
    ["Tertial 1", { periodId: "T1" }],
    ["T1 2025 Hemtjänst Norsjö", { periodId: "T1", unitText: "Hemtjänst Norsjö" }],
    ["år Omsorg", { periodId: "Helår", unitText: "Omsorg" }],
    ["Hemtjänst Norsjö", { unitText: "Hemtjänst Norsjö" }],
  ])("when someone writes %j, then it is read as %j", (text, expected) => {
    expect(splitReportArguments(plan, text)).toEqual(expected);
  });
});
