// Turns the choice of `rapportera` into the unit picker: each of the person's units for the period,
// whether its report is in, and a button that opens it.
import type { Locale } from "../services/i18n/locale";
import type { ReportChoice } from "../services/reporting/choose-report";
import { reportUnitsCard } from "./report-units-card";
import { REPORT_TEXT, day, moment } from "./report-text";
import { fitToCard, type AdaptiveCard } from "./render";

export function reportUnits(
  planId: string,
  choice: Extract<ReportChoice, { kind: "units" }>,
  /** planName: the plan, named in the title when the person reports in several. */
  options: { locale: Locale; timeZone: string; planName?: string },
): AdaptiveCard {
  const { locale, timeZone } = options;
  const en = locale === "en";
  const t = REPORT_TEXT[locale];
  const { period } = choice;
  const units = choice.units.map(({ unit, report }) => {
    const done = report?.submittedAt !== undefined && report.version > 0;
    return {
      unitId: unit.id,
      name: unit.name,
      status: done
        ? `✔ ${en ? "Submitted" : "Inskickad"} ${moment(report?.submittedAt ?? "", timeZone, locale)}`
        : `– ${en ? "Not submitted" : "Inte inskickad"}`,
      statusColor: done ? ("Good" as const) : ("Default" as const),
      button: done ? t.edit : en ? "Report" : "Rapportera",
    };
  });
  const left = units.filter((unit) => unit.statusColor !== "Good").length;
  return fitToCard(units.length, (shown) =>
    reportUnitsCard({
      title:
        (en ? `Report ${period.label}` : `Rapportera ${period.label}`) +
        (options.planName ? ` · ${options.planName}` : ""),
      intro: en
        ? `You report for ${units.length} units; ${left} not submitted yet. Choose one:`
        : `Du rapporterar för ${units.length} enheter; ${left} är inte inskickade än. Välj en:`,
      units: units.slice(0, shown),
      footer:
        (shown < units.length
          ? en
            ? `… and ${units.length - shown} more: write report ${period.id} <unit>. `
            : `… och ${units.length - shown} till: skriv rapportera ${period.id} <enhet>. `
          : "") + `${t.deadline} ${day(period.deadline, locale)}.`,
      planId,
      periodId: period.id,
    }),
  );
}
