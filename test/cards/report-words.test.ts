// The report cards' words: a unit not yet in reads the same on the unit picker as on the refreshed
// reminder, and counts agree with their nouns.
import { reminderStatusCard } from "../../cards/reminder-status-card";
import { noticeOf } from "../../cards/report-notices";
import { reportUnits } from "../../cards/report-units-view";
import type { ReportingPeriod } from "../../services/calendar/reporting-period";
import type { Unit } from "../../services/plan";
import type { ReportView } from "../../services/reporting/report-view";
import { cardText } from "../support/bot-harness";

const period = {
  id: "T1",
  label: "Tertial 1",
  deadline: "2025-05-16",
} as ReportingPeriod;
const unit = (id: string) => ({ id, name: `Enhet ${id}`, reporters: [] }) as unknown as Unit;

function picker(submittedFirst: boolean): string {
  return cardText(
    reportUnits(
      "plan",
      {
        kind: "units",
        period,
        window: "open",
        units: [
          {
            unit: unit("a"),
            report: submittedFirst
              ? { unitId: "a", version: 1, submittedAt: "2025-05-12T08:30:00Z" }
              : undefined,
          },
          { unit: unit("b") },
        ],
      },
      { locale: "sv", timeZone: "Europe/Stockholm" },
    ),
  );
}

describe("the report cards' words", () => {
  test("when a unit is not in yet, then the picker and the refreshed reminder say it the same way", () => {
    const reminder = cardText(
      reminderStatusCard({
        locale: "sv",
        timeZone: "Europe/Stockholm",
        planId: "plan",
        periodId: "T1",
        periodLabel: "Tertial 1",
        deadline: "fredag 16 maj 2025",
        units: [{ id: "b", name: "Enhet b" }],
      }),
    );
    expect(reminder).toContain("○ Inte inskickad än");
    expect(picker(true)).toContain("○ Inte inskickad än");
  });

  test("when one of two units is left, then the picker says it in the singular", () => {
    expect(picker(true)).toContain("Du rapporterar för 2 enheter; 1 är inte inskickad än.");
    expect(picker(false)).toContain("Du rapporterar för 2 enheter; 2 är inte inskickade än.");
  });

  test("when one field needs correcting, then the English notice says field, not field(s)", () => {
    const view = {
      outcome: { kind: "invalid", errorCount: 1 },
      items: [],
    } as unknown as ReportView;
    expect(noticeOf(view, "en").notice).toMatch(/^✖ 1 field needs correcting/);
    const two = { outcome: { kind: "invalid", errorCount: 2 }, items: [] } as unknown as ReportView;
    expect(noticeOf(two, "en").notice).toMatch(/^✖ 2 fields need correcting/);
  });
});
