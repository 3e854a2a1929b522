// Turns the choice of `rapportera` into the unit picker: each of the person's units for the period,
// whether its report is in, and a button that opens it.
import type { Locale } from "../services/i18n/locale";
import type { ReportChoice } from "../services/reporting/choose-report";
import { reportUnitsCard } from "./report-units-card";
import { REPORT_TEXT, day, moment } from "./report-text";
import { fitToCard, type AdaptiveCard } from "./render";
import { words } from "./words/t";

export function reportUnits(
  planId: string,
  choice: Extract<ReportChoice, { kind: "units" }>,
  /** planName: the plan, named in the title when the person reports in several. */
  options: { locale: Locale; timeZone: string; planName?: string },
): AdaptiveCard {
  const { locale, timeZone } = options;
  const t = REPORT_TEXT[locale];
  const w = words(locale);
  const { period } = choice;
  const units = choice.units.map(({ unit, report }) => {
    const done = report?.submittedAt !== undefined && report.version > 0;
    return {
      unitId: unit.id,
      name: unit.name,
      status: done
        ? w("report.submittedAt", { when: moment(report?.submittedAt ?? "", timeZone, locale) })
        : w("report.notSubmitted"),
      statusColor: done ? ("Good" as const) : ("Default" as const),
      button: done ? t.edit : w("report.report"),
    };
  });
  const left = units.filter((unit) => unit.statusColor !== "Good").length;
  return fitToCard(units.length, (shown) =>
    reportUnitsCard({
      title:
        w("report.reportPeriod", { label: period.label }) +
        (options.planName ? ` · ${options.planName}` : ""),
      intro: w("report.unitsIntro", { units: units.length, left }),
      units: units.slice(0, shown),
      footer:
        (shown < units.length
          ? w("report.unitsMore", { count: units.length - shown, periodId: period.id })
          : "") + `${t.deadline} ${day(period.deadline, locale)}.`,
      planId,
      periodId: period.id,
    }),
  );
}
