// The reminder card's words in the right number: one unit is "enheten", several "enheterna".
import { reminderRenderer } from "../../cards/reminder-messages";
import { cardText } from "../support/bot-harness";
import type { ReminderContent } from "../../services/reminders";

const period = {
  planId: "norsjo-omsorg-2025",
  planName: "Verksamhetsplan 2025 Omsorg",
  periodId: "T1",
  label: "Tertial 1",
  start: "2025-01-01",
  end: "2025-04-30",
  deadline: "2025-05-16",
  deadlineAt: "2025-05-16T21:59:59Z",
};

function reminderFor(units: number): ReminderContent {
  return {
    locale: "sv",
    tone: "opening",
    personName: "Megan Bowen",
    period,
    daysLeft: 10,
    units: Array.from({ length: units }, (_, i) => ({ id: `u${i}`, name: `Enhet ${i}`, items: 3 })),
    itemsDue: 3 * units,
  };
}

describe("the reminder's words", () => {
  test.each([
    [1, "för att du rapporterar för enheten."],
    [2, "för att du rapporterar för enheterna."],
  ])("when the reminder is for %i unit(s), then the footer says %j", (units, expected) => {
    const { card } = reminderRenderer.reminder(reminderFor(units));
    expect(cardText(card)).toContain(expected);
  });
});

describe("the digest's and the notice's words", () => {
  test("when a unit has two reporters, then the digest names them as Rapportörer", () => {
    const { card } = reminderRenderer.digest({
      locale: "sv",
      adminName: "Alex Admin",
      period,
      daysLeft: -1,
      unitsReporting: 5,
      missing: [{ name: "Omsorg", reporters: ["Alex Admin", "Lee Gu"] }],
    });
    expect(cardText(card)).toContain("Rapportörer: Alex Admin, Lee Gu");
  });

  test("when the only unit has reported, then the digest does not say all 1 units", () => {
    const { text } = reminderRenderer.digest({
      locale: "sv",
      adminName: "Alex Admin",
      period,
      daysLeft: -1,
      unitsReporting: 1,
      missing: [],
    });
    expect(text).toBe("Enheten har rapporterat.");
  });

  test("when one person could not be reached, then the notice speaks of the person, not of them", () => {
    const { card } = reminderRenderer.unreachableNotice({
      locale: "sv",
      adminName: "Alex Admin",
      period,
      people: [{ name: "Lee Gu", reason: "blocked" }],
    });
    const text = cardText(card);
    expect(text).toContain("Kunde inte nå 1 person");
    expect(text).toContain("Påminnelsen för Tertial 1 kom inte fram till personen:");
  });
});
