// English for sv/sending.ts: the same keys (a missing or extra key does not compile).
import type { sending as sv } from "../sv/sending";
import type { Translation } from "../join-areas";

export const sending: Translation<typeof sv> = {
  "progress.title": "Reminders: {label}",
  "progress.done": "Done: sent {sent, number} of {total, number}.",
  "progress.running": "Sent {sent, number} of {total, number} …",
  "progress.sent": "Sent",
  "progress.alreadyReported": "Already reported",
  "progress.alreadyReminded": "Already reminded today",
  "progress.unreachable": "Could not be reached",
  "progress.failed": "Failed",
  "progress.listHeading": "Could not be reached:",
  "progress.footer":
    "They need to add Uppföljningsboten in Teams (Apps → search → Add), or be in a team the bot is in. Type reporters for the full list.",
  "digest.title": "Missing reports: {label}",
  "digest.allReported":
    "{count, plural, one {The unit has reported.} other {All # units have reported.}}",
  "digest.missing":
    "{missing, number} of {units, plural, one {# unit} other {# units}} have not reported. The last day was {deadline}.",
  "digest.reporters": "{count, plural, one {Reporter} other {Reporters}}: {names}",
  "digest.noReporter": "No reporter: name one with reporter <unit> <person>",
  "digest.footer": "They have been reminded. Remind them again with: påminn {periodId}",
  "unreachable.title": "Could not reach {count, plural, one {# person} other {# people}}",
  "unreachable.summary":
    "The reminder for {label} did not reach {count, plural, one {them} other {them}}:",
  "unreachable.footer":
    "They need to add Uppföljningsboten in Teams again (Apps → search → Add) or unblock it. Type reporters to see everyone.",
  "remind.running":
    "Reminders for {label} are being sent right now: the message above shows how far they have come.",
  "remind.nobody": "Nobody to remind for {label}: every unit that reports has reported.",
  "remindMissing.started":
    "Reminding {count, plural, one {# person} other {# people}} for {label}; the progress is in your chat with me.",
  "remindMissing.running": "Those reminders are being sent right now.",
  "remindMissing.nobody": "Everyone has reported: nobody to remind.",
};
