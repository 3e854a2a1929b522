// The overview of a period's summary as card data: headline, who has reported, what changed, the
// goal areas to select and who is missing; every status as a symbol and a word, never colour alone,
// and long lists cut to fit Teams with what was left out counted.
import type { CardAction, SummaryOverviewData } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { statusWord } from "../../services/rules/status-label";
import { headline } from "../../services/summary/headline";
import type { AreaSummary, PeriodSummary } from "../../services/summary/period-summary";
import { activitiesText } from "./activities-text";
import { countsText, ids, more } from "./summary-text";

export interface OverviewOptions {
  chartUrl?: string;
  updatedAt: string;
  /** Lines kept on the overview before "… och N till". */
  maxLines?: number;
  /** Set when the card updates a post in place: when that post was first made. */
  postedAt?: string;
}

export function overviewData(
  s: PeriodSummary,
  locale: Locale,
  options: OverviewOptions,
): SummaryOverviewData {
  const en = locale === "en";
  const max = options.maxLines ?? 15;
  const changeLines = [
    ...s.changes.newReds.map(
      (c) => `✖ ${en ? "New red" : "Ny röd"}: ${c.indicatorName} – ${c.unitName}`,
    ),
    ...s.changes.worse.map(
      (c) =>
        `↘ ${c.indicatorName} – ${c.unitName}: ${statusWord(c.before, locale)} → ${statusWord(c.after, locale)}`,
    ),
    ...s.changes.better.map(
      (c) =>
        `↗ ${c.indicatorName} – ${c.unitName}: ${statusWord(c.before, locale)} → ${statusWord(c.after, locale)}`,
    ),
  ];
  const missingLines = s.missingUnits.map(
    (u) => `○ ${u.name}${u.reporters.length ? ` (${u.reporters.join(", ")})` : ""}`,
  );
  const totals = s.areas.some((a) =>
    a.goals.some((g) => g.indicators.some((i) => i.rollup.targetFor === "organisation")),
  );
  const actions: CardAction[] = [];
  if (s.missingUnits.length > max) {
    actions.push({
      title: en ? "All who are missing" : "Alla som saknas",
      verb: VERBS.summaryMissing,
      actionData: { ...ids(s), page: 0 },
    });
  }
  if (s.missingUnits.length > 0) {
    actions.push({
      title: en ? "Remind them" : "Påminn dessa",
      verb: VERBS.summaryRemindMissing,
      actionData: ids(s),
    });
  }
  return {
    title: en ? `Follow-up: ${s.planName}` : `Uppföljning: ${s.planName}`,
    headline: headline(s, locale),
    reported: en
      ? `${s.reportedUnits} of ${s.expectedUnits} units have reported.`
      : `${s.reportedUnits} av ${s.expectedUnits} enheter har rapporterat.`,
    chartUrl: options.chartUrl ?? "",
    chartAlt: en ? "Statuses per goal area and period" : "Status per målområde och period",
    changesHeading: s.previousLabel
      ? en
        ? `Since ${s.previousLabel}`
        : `Sedan ${s.previousLabel}`
      : "",
    changes: changeLines.slice(0, max).map((line) => ({ line })),
    changesMore: more(changeLines.length - max, locale),
    areasHeading: en
      ? "Goal areas (select one to see its indicators)"
      : "Målområden (välj ett för att se indikatorerna)",
    areas: s.areas.map((area) => ({
      name: area.name,
      counts: areaCountsText(area, locale),
      verb: VERBS.summaryArea,
      actionData: { ...ids(s), areaId: area.id, page: 0 },
    })),
    missingHeading: en ? "Not reported yet" : "Har inte rapporterat än",
    missing: missingLines.slice(0, max).map((line) => ({ line })),
    missingMore: more(missingLines.length - max, locale),
    footer: en
      ? `✔ green ▲ yellow ✖ red ○ not reported – not judged. One count per unit and indicator${totals ? "; Σ: a target for the whole organisation, one count for the total" : ""}. Updated ${options.updatedAt}${options.postedAt ? ` (first posted ${options.postedAt})` : ""}.`
      : `✔ grön ▲ gul ✖ röd ○ ej rapporterad – ej bedömd. En räkning per enhet och indikator${totals ? "; Σ: mål för hela organisationen, en räkning för totalen" : ""}. Uppdaterad ${options.updatedAt}${options.postedAt ? ` (först publicerad ${options.postedAt})` : ""}.`,
    actions,
  };
}

/** A goal area's line on the overview: its indicators' counts and its activities' states. */
function areaCountsText(area: AreaSummary, locale: Locale): string {
  const c = area.counts;
  const indicators = c.green + c.yellow + c.red + c.notJudged + c.notReported;
  return [indicators > 0 ? countsText(c) : "", activitiesText(area, locale)]
    .filter(Boolean)
    .join(" · ");
}
