// How a figure was combined (services/summary/rollup-text.ts) and the summary's headline
// (headline.ts): texts the domain writes itself.
export const rollup = {
  "rollup.count":
    "{partial, select, yes {{units, number} av } other {}}{of, plural, one {# enhet} other {# enheter}}",
  "rollup.sum": "Summa av {count}",
  "rollup.mean": "Medelvärde av {count}",
  "rollup.weighted": "Viktat efter antal {weight} ({count})",
  "rollup.perUnit":
    "{green, number} av {judged, plural, one {# enhet} other {# enheter}} {green, plural, one {grön} other {gröna}}",
  "rollup.targetForOrganisation": "mål för hela organisationen",
  "summary.headline":
    "{period}: {green, plural, one {# grön} other {# gröna}}, {yellow, plural, one {# gul} other {# gula}}, {red, plural, one {# röd} other {# röda}}, {notReported, plural, one {# ej rapporterad} other {# ej rapporterade}}{notJudged, plural, =0 {} one {, # ej bedömd} other {, # ej bedömda}}",
} as const;
