// English for sv/items.ts: the same keys (a missing or extra key does not compile).
import type { items as sv } from "../sv/items";
import type { Translation } from "../join-areas";

export const items: Translation<typeof sv> = {
  "part.women": "Women",
  "part.men": "Men",
  "part.own": "Own provision",
  "part.private": "Private providers",
  "breakdown.sex": "sex",
  "breakdown.provider": "provider",
  "breakdown.label":
    "Split by {kind}{required, select, yes {} other { (where possible)}}: {rule, select, sum {{parts} must add up to the total} other {the total must lie between {parts}}}.",
  "activityState.notStarted": "Not started",
  "activityState.inProgress": "In progress",
  "activityState.done": "Done",
  "activityState.delayed": "Delayed",
  "activityState.cancelled": "Cancelled",
  "milestone.label":
    "{period, select, none {Milestone during the year} other {Milestone {period}}}",
  "milestone.field":
    "{label}{due, select, yes { – due now} late { – not yet reported as reached} other {}}: {text}",
  "milestone.receipt": "{label}: {text} – {state}",
  "milestone.missed": "⚑ {label} missed: {text} – {name}, {unit} ({state})",
  "milestone.noState": "no state given",
  "parts.heading": "Parts: {groups}",
  "parts.total": "{line} ({units, number} of {of, plural, one {# unit} other {# units}})",
};
