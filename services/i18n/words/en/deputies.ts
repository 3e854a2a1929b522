// English for sv/deputies.ts: the same keys (a missing or extra key does not compile).
import type { deputies as sv } from "../sv/deputies";
import type { Translation } from "../join-areas";

export const deputies: Translation<typeof sv> = {
  "deputy.none": "No deputies in {plan} now. Name one: deputy <unit> <person> [until <date>].",
  "deputy.list": "Deputies in {plan}:",
  "deputy.line":
    "- {unit}: {name} ({upn}){forWhom, select, none {} other { for {forWhom}}}, {until}",
  "deputy.until": "{date, select, none {until replaced} other {until {date}}}",
  "deputy.shown": "{name}, {until}",
  "deputy.title": "Deputy for {unit}",
  "deputy.field": "Deputy",
  "deputy.footer":
    "{name} is reminded for {unit} and may report for it while the deputy lasts, beside its own reporters. The change is in the audit log.",
  "deputy.removedTitle": "Deputy removed for {unit}",
  "deputy.removedFooter":
    "{names} is no longer reminded for {unit} and may no longer report for it. The unit's reporters stay. The change is in the audit log.",
  "absence.endedTitle": "Your absence has ended",
  "absence.endedFooter":
    "You are reminded for your units again.{names, select, none {} other { {names} is no longer reminded for them and may no longer report for them.}} The change is in the audit log.",
  "absence.title": "Away until {until}",
  "absence.reportsFor": "Reports for",
  "absence.reminders": "Reminders to you",
  "absence.noneUntil": "None until {until}",
  "absence.footer":
    "{name} is reminded and may report for your units until {until}. The change is in the audit log.",
};
