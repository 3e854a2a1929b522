// English for sv/calendar.ts: the same keys (a missing or extra key does not compile).
import type { calendar as sv } from "../sv/calendar";
import type { Translation } from "../join-areas";

export const calendar: Translation<typeof sv> = {
  "periods.title": "Reporting periods: {plan}",
  "periods.covers": "Covers",
  "periods.opens": "Opens",
  "periods.deadline": "Deadline",
  "periods.reminders": "Reminders",
  "periods.reported": "Reported",
  "periods.reportedCount": "{done, number} of {units, plural, one {# unit} other {# units}}",
  "periods.toTheLate": "to those who have not reported: {times}",
  "periods.closed": "■ Closed",
  "periods.open": "▶ Open",
  "periods.upcoming": "◷ Upcoming",
  "periods.footer":
    "Change with e.g. deadline {sample} 2025-05-15, öppna {sample} 2025-05-02 or påminnelser {sample} 7 3 1. Dates: {examples}.",
  "periodChange.changed": "{label} changed",
  "periodChange.unchanged": "{label}: nothing to change",
  "periodChange.footer": "Reminders go out on working days, within working hours, Swedish time.",
};
