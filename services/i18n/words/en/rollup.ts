// English for sv/rollup.ts: the same keys (a missing or extra key does not compile).
import type { rollup as sv } from "../sv/rollup";
import type { Translation } from "../join-areas";

export const rollup: Translation<typeof sv> = {
  "rollup.count":
    "{partial, select, yes {{units, number} of } other {}}{of, plural, one {# unit} other {# units}}",
  "rollup.sum": "Sum of {count}",
  "rollup.mean": "Mean of {count}",
  "rollup.weighted": "Weighted by number of {weight} ({count})",
  "rollup.perUnit": "{green, number} of {judged, plural, one {# unit} other {# units}} green",
  "rollup.targetForOrganisation": "target for the whole organisation",
  "summary.headline":
    "{period}: {green, number} green, {yellow, number} yellow, {red, number} red, {notReported, number} not reported{notJudged, plural, =0 {} other {, # not judged}}",
};
