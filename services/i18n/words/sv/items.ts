// What a plan's items are made of: breakdowns into parts, activity states, milestones
// (cards/report-breakdown-view.ts, summary-milestones-view.ts, summary-breakdown-view.ts).
export const items = {
  "part.women": "Kvinnor",
  "part.men": "Män",
  "part.own": "Egen regi",
  "part.private": "Privat utförare",
  "breakdown.sex": "kön",
  "breakdown.provider": "utförare",
  "breakdown.label":
    "Uppdelat på {kind}{required, select, yes {} other { (där möjligt)}}: {rule, select, sum {{parts} ska tillsammans bli totalen} other {totalen ska ligga mellan {parts}}}.",
  "activityState.notStarted": "Ej påbörjad",
  "activityState.inProgress": "Pågår",
  "activityState.done": "Klar",
  "activityState.delayed": "Försenad",
  "activityState.cancelled": "Avbruten",
  "milestone.label": "{period, select, none {Delmål under året} other {Delmål {period}}}",
  "milestone.field":
    "{label}{due, select, yes { – ska vara nått nu} late { – ännu inte rapporterat som nått} other {}}: {text}",
  "milestone.receipt": "{label}: {text} – {state}",
  "milestone.missed": "⚑ {label} ej nått: {text} – {name}, {unit} ({state})",
  "milestone.noState": "ingen status angiven",
  "parts.heading": "Delar: {groups}",
  "parts.total": "{line} ({units, number} av {of, plural, one {# enhet} other {# enheter}})",
} as const;
