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
