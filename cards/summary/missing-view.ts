// The units that have not reported, with their reporters, a page at a time.
import type { SummaryDetailData } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { statusWord } from "../../services/rules/status-label";
import type { PeriodSummary } from "../../services/summary/period-summary";
import { back, pager, roleScopeText } from "./summary-text";
import { t } from "../words/t";

export function missingData(
  s: PeriodSummary,
  locale: Locale,
  page: number,
  pageSize: number,
): SummaryDetailData {
  const start = page * pageSize;
  const actions = [
    back(s, locale),
    ...pager(s, locale, VERBS.summaryMissing, {}, page, pageSize, s.missingUnits.length),
  ];
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: t(locale, "summary.missingHeading"),
    subheading: t(locale, "summary.missingCount", {
      units: s.missingUnits.length,
      roles: s.missingRoles.length,
    }),
    sections: [
      {
        title: t(locale, "summary.unitAndReporter"),
        rows: s.missingUnits.slice(start, start + pageSize).map((u) => ({
          label: u.name,
          value: u.reporters.join(", "),
          status: statusWord("notReported", locale),
        })),
      },
      ...(page === 0 && s.missingRoles.length > 0
        ? [
            {
              title: t(locale, "summary.roleAndReporters"),
              rows: s.missingRoles.map((role) => ({
                label: role.name,
                value: roleScopeText(role, locale),
                status: statusWord("notReported", locale),
              })),
            },
          ]
        : []),
    ],
    actions,
  };
}
